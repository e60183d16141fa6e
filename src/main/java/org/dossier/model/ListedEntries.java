package org.dossier.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of imported entity lists awaiting review (listed-entries.json), one per name (ignoring case), in the
 * order they were first imported.
 */
public record ListedEntries(List<ListedEntry> entries) {

    public static final ListedEntries NONE = new ListedEntries(List.of());

    public ListedEntries {
        Map<String, ListedEntry> byKey = new LinkedHashMap<>();
        for (ListedEntry e : entries) {
            byKey.merge(e.key(), e, ListedEntry::with);
        }
        entries = List.copyOf(byKey.values());
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** These entries with {@code more}: a new name is added at the end, a known one merged into its entry. */
    public ListedEntries with(Collection<ListedEntry> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<ListedEntry> all = new java.util.ArrayList<>(entries);
        all.addAll(more);
        return new ListedEntries(all);
    }

    /** How many of {@code more} are names these entries do not have yet. */
    public int newNames(Collection<ListedEntry> more) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        entries.forEach(e -> keys.add(e.key()));
        int n = 0;
        for (ListedEntry e : more) {
            n += keys.add(e.key()) ? 1 : 0;
        }
        return n;
    }
}
