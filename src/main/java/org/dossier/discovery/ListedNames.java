package org.dossier.discovery;

import java.util.HashMap;
import java.util.Map;
import org.dossier.model.ListedEntries;
import org.dossier.model.ListedEntry;

/**
 * The entries of imported entity lists kept for review, by every name and alias (as {@link Gazetteer#key} writes
 * it): discovery looks each name it finds in an article up here, as it does in the gazetteer, so a list of 50,000
 * entries costs one look-up per name found, never a scan of the list. The index of the last list seen is kept, so
 * that asking again after each accepted suggestion does not build it again.
 */
final class ListedNames {

    private static volatile ListedNames last = new ListedNames(ListedEntries.NONE);

    private final ListedEntries entries;
    private final Map<String, ListedEntry> byName;

    private ListedNames(ListedEntries entries) {
        this.entries = entries;
        Map<String, ListedEntry> index = new HashMap<>(entries.size() * 3);
        // Names first, then aliases: an alias never takes the place of another entry's own name.
        entries.entries().forEach(e -> index.putIfAbsent(Gazetteer.key(e.name()), e));
        entries.entries().forEach(e -> e.aliases().forEach(a -> index.putIfAbsent(Gazetteer.key(a), e)));
        this.byName = index;
    }

    /** The index of {@code entries}: the one made last when it is of the same entries. */
    static ListedNames of(ListedEntries entries) {
        ListedNames known = last;
        if (known.entries == entries || known.entries.equals(entries)) {
            return known;
        }
        ListedNames made = new ListedNames(entries);
        last = made;
        return made;
    }

    /** The entry one of whose names is {@code name} (any case, a leading "the" ignored), or null. */
    ListedEntry named(String name) {
        return byName.isEmpty() ? null : byName.get(Gazetteer.key(name));
    }

    /**
     * The longest end of {@code text} that is an entry's name once capitalised words before it are left out, or
     * null: a name found with what describes it ("Businessman Oleg Deripaska", "Commission President Ursula von der
     * Leyen", where a word at a sentence's start or a title was taken in). Never past a lower-case word, so that
     * "Embassy of Poland" is not "Poland".
     */
    String nameWithin(String text) {
        if (byName.isEmpty()) {
            return null;
        }
        for (int space = text.indexOf(' '); space > 0; space = text.indexOf(' ', space + 1)) {
            char dropped = text.charAt(text.lastIndexOf(' ', space - 1) + 1);
            char next = space + 1 < text.length() ? text.charAt(space + 1) : ' ';
            if (!Character.isUpperCase(dropped)) {
                return null;
            }
            if (Character.isUpperCase(next) && byName.containsKey(Gazetteer.key(text.substring(space + 1)))) {
                return text.substring(space + 1);
            }
        }
        return null;
    }
}
