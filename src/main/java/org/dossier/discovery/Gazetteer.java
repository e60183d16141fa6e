package org.dossier.discovery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reference names shipped with Dossier ({@code gazetteer.tsv} beside this class, made by
 * {@code tools/gazetteer/generate.sh}): every country with its ISO 3166 code, English variants, names in
 * Ukrainian and Russian and demonyms; capitals and cities of 250,000 people or more; major international
 * organisations with their acronyms. They are not entities, but a suggestion that matches one takes its name, kind
 * and code.
 */
public final class Gazetteer {

    /** One reference place or organisation. {@code iso} is the country's code (for a city, its country's), or "". */
    public record Entry(String kind, String name, String iso, List<String> variants, List<String> demonyms) {

        /** Name and variants, the forms that name it (demonyms are adjectives, not names). */
        public List<String> names() {
            List<String> all = new ArrayList<>(variants.size() + 1);
            all.add(name);
            all.addAll(variants);
            return all;
        }
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }

    private final Map<String, Entry> byName;
    private final Map<String, Entry> byDemonym;

    private Gazetteer(Map<String, Entry> byName, Map<String, Entry> byDemonym) {
        this.byName = byName;
        this.byDemonym = byDemonym;
    }

    /** The gazetteer shipped with Dossier. */
    public static Gazetteer shipped() {
        return Holder.INSTANCE;
    }

    /** The entry one of whose names is {@code name} (any case, a leading "the" ignored), or null. */
    public Entry named(String name) {
        return byName.get(key(name));
    }

    /** The country whose demonym is {@code word} ("Kazakh", "Kazakhstani"), or null. */
    public Entry byDemonym(String word) {
        return byDemonym.get(key(word));
    }

    static String key(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }

    private static Gazetteer load() {
        Map<String, Entry> byName = new HashMap<>();
        Map<String, Entry> byDemonym = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
            if (in == null) {
                throw new IllegalStateException("gazetteer.tsv is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Entry e = new Entry(f[0], f[1], f[2], split(f[3]), split(f[4]));
                // The first entry with a name keeps it: countries come first, so "Singapore" is the country.
                e.names().forEach(n -> byName.putIfAbsent(key(n), e));
                e.demonyms().forEach(d -> byDemonym.putIfAbsent(key(d), e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(Map.copyOf(byName), Map.copyOf(byDemonym));
    }

    private static List<String> split(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split(";"));
    }
}
