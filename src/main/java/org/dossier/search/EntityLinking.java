package org.dossier.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the entity names in a query. A run of plain words that is a name or alias ("Volodymyr Zelenskyy",
 * "Герман Сметанін"; the longest run wins) becomes one {@link Requirement} that its words satisfy anywhere in
 * the text, or a linked mention of that entity satisfies, whatever words the article uses for it. A phrase or
 * a word in an OR group that is a name links the same way.
 */
final class EntityLinking {

    private EntityLinking() {
    }

    static List<Requirement> link(List<List<QueryTerm>> groups, EntityNames names) {
        List<Requirement> requirements = new ArrayList<>();
        int i = 0;
        while (i < groups.size()) {
            int run = plainWordRun(groups, i);
            int length = longestName(groups, i, Math.min(run, names.longestForm()), names);
            if (length > 0) {
                List<QueryTerm> words = groups.subList(i, i + length).stream().map(g -> g.get(0)).toList();
                requirements.add(new Requirement(List.of(words), names.named(joined(words))));
                i += length;
            } else {
                requirements.add(alternatives(groups.get(i), names));
                i++;
            }
        }
        return requirements;
    }

    /** The entities that a single term names, for exclusions and OR groups. */
    static Set<String> named(QueryTerm term, EntityNames names) {
        return term.type() == QueryTerm.Type.PREFIX ? Set.of() : names.named(term.text());
    }

    private static Requirement alternatives(List<QueryTerm> group, EntityNames names) {
        Set<String> ids = new LinkedHashSet<>();
        group.forEach(term -> ids.addAll(named(term, names)));
        return new Requirement(group.stream().map(List::of).toList(), ids);
    }

    /** How many groups from {@code start} on are a single plain word. */
    private static int plainWordRun(List<List<QueryTerm>> groups, int start) {
        int end = start;
        while (end < groups.size() && groups.get(end).size() == 1 && groups.get(end).get(0).type() == QueryTerm.Type.WORD) {
            end++;
        }
        return end - start;
    }

    /** The length of the longest run of words from {@code start} that names an entity, or 0. */
    private static int longestName(List<List<QueryTerm>> groups, int start, int max, EntityNames names) {
        for (int length = max; length >= 1; length--) {
            List<QueryTerm> words = groups.subList(start, start + length).stream().map(g -> g.get(0)).toList();
            if (!names.named(joined(words)).isEmpty()) {
                return length;
            }
        }
        return 0;
    }

    private static String joined(List<QueryTerm> words) {
        return String.join(" ", words.stream().map(QueryTerm::text).toList());
    }
}
