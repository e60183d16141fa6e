package org.dossier.linking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Frequent English words ({@code common-words.txt} beside this class). A name made only of them can be an
 * ordinary word too ("turkey", "armed forces"), and one of them capitalised at the start of a sentence is
 * usually not the start of a name.
 */
public final class CommonWords {

    private static final Set<String> WORDS = load();

    private CommonWords() {
    }

    /** Whether {@code word}, in any case, is a common English word. */
    public static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = CommonWords.class.getResourceAsStream("common-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-words.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
