package org.dossier.linking;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * For each offset of a paragraph, the entities of the longest forms that end (or start) there. Kept in sorted
 * primitive arrays, not in maps of boxed offsets and sets: a long paragraph names entities hundreds of thousands of
 * times, and a map entry and a set per offset took a few hundred bytes each (a 6 MB line of names did not import in
 * 128 MB).
 */
final class LongestAt {

    private final int[] offsets;
    /** Per offset: one entity id (a String), or a Set of them when forms of the same length meet there. */
    private final Object[] entities;

    private LongestAt(int[] offsets, Object[] entities) {
        this.offsets = offsets;
        this.entities = entities;
    }

    /** The entities of the longest forms at {@code offset}, or null if no form ends (or starts) there. */
    @SuppressWarnings("unchecked")
    Set<String> get(int offset) {
        int i = Arrays.binarySearch(offsets, offset);
        if (i < 0) {
            return null;
        }
        Object found = entities[i];
        return found instanceof String id ? Set.of(id) : (Set<String>) found;
    }

    /** Collects forms in any order; {@link #build()} sorts them once. */
    static final class Builder {

        /** (offset << 32) | index of the form, sorted at the end: equal offsets come together, in the order added. */
        private long[] keys = new long[64];
        private int[] lengths = new int[64];
        private String[] ids = new String[64];
        private int size;

        void add(int offset, int length, String entity) {
            if (size == keys.length) {
                int grown = size * 2;
                keys = Arrays.copyOf(keys, grown);
                lengths = Arrays.copyOf(lengths, grown);
                ids = Arrays.copyOf(ids, grown);
            }
            keys[size] = ((long) offset << 32) | size;
            lengths[size] = length;
            ids[size] = entity;
            size++;
        }

        LongestAt build() {
            Arrays.sort(keys, 0, size);
            int[] offsets = new int[size];
            Object[] entities = new Object[size];
            int distinct = 0;
            for (int from = 0; from < size; ) {
                int offset = (int) (keys[from] >>> 32);
                int to = from;
                int longest = 0;
                while (to < size && (int) (keys[to] >>> 32) == offset) {
                    longest = Math.max(longest, lengths[(int) keys[to]]);
                    to++;
                }
                Object found = null;
                for (int k = from; k < to; k++) {
                    int form = (int) keys[k];
                    if (lengths[form] == longest) {
                        found = with(found, ids[form]);
                    }
                }
                offsets[distinct] = offset;
                entities[distinct] = found;
                distinct++;
                from = to;
            }
            return new LongestAt(Arrays.copyOf(offsets, distinct), Arrays.copyOf(entities, distinct));
        }

        @SuppressWarnings("unchecked")
        private static Object with(Object found, String id) {
            if (found == null || found.equals(id)) {
                return found == null ? id : found;
            }
            Set<String> set = found instanceof String one ? new LinkedHashSet<>(Set.of(one)) : (Set<String>) found;
            set.add(id);
            return set;
        }
    }
}
