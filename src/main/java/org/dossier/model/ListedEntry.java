package org.dossier.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An entry of an imported entity list kept for review (listed-entries.json): not an entity, but when the articles
 * mention it, the Suggestions review proposes it with this name, kind and aliases, and accepting it makes an entity
 * of all of it. Not to be confused with an entity's {@code references} (the phrases it is referred to by): the
 * list's weak aliases (FtM's {@code weakAlias}) are kept here as {@code weakAliases}.
 *
 * @param source the list it came from, as its file name ("sanctions.csv"), shown with the suggestion
 */
public record ListedEntry(String name, String kind, List<String> aliases, List<String> demonyms,
                          List<String> weakAliases, String summary, Map<String, AttributeValue> attributes,
                          String source) {

    public ListedEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        demonyms = List.copyOf(demonyms == null ? List.of() : demonyms);
        weakAliases = List.copyOf(weakAliases == null ? List.of() : weakAliases);
        summary = summary == null ? "" : summary;
        attributes = attributes == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        source = source == null ? "" : source;
    }

    /** The name and the aliases: the forms that name it in an article. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /** What entries are merged by: the name, ignoring case and surrounding space. */
    public String key() {
        return keyOf(name);
    }

    public static String keyOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * This entry with what {@code other} (an entry of the same name, from a later import) adds: its other aliases,
     * demonyms and weak aliases, a summary when this has none, facts this lacks. Kind and source stay this entry's.
     */
    public ListedEntry with(ListedEntry other) {
        Map<String, AttributeValue> facts = new LinkedHashMap<>(attributes);
        other.attributes.forEach(facts::putIfAbsent);
        return new ListedEntry(name, kind, plus(aliases, other.aliases), plus(demonyms, other.demonyms),
                plus(weakAliases, other.weakAliases), summary.isEmpty() ? other.summary : summary, facts, source);
    }

    private List<String> plus(List<String> list, List<String> more) {
        List<String> out = new ArrayList<>(list);
        for (String m : more) {
            if (!keyOf(m).equals(key()) && out.stream().noneMatch(x -> x.equalsIgnoreCase(m))) {
                out.add(m);
            }
        }
        return out;
    }
}
