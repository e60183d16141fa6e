package org.dossier.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;

/**
 * The entities within a few relations of one entity, and the relations between them: what a graph view of
 * that entity draws.
 *
 * @param depths every entity reached, with how many relations away it is (the centre is 0), nearest first
 * @param edges  the relations between entities of the neighbourhood
 */
public record Neighbourhood(String centre, Map<String, Integer> depths, List<Relation> edges) {

    /**
     * @param keep  which entities may be part of it (the centre always is)
     * @param types which relation types to follow; empty follows all
     */
    public static Neighbourhood of(KnowledgeBase kb, String centre, int depth, Predicate<Entity> keep,
                                   Set<String> types) {
        Map<String, Integer> depths = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        depths.put(centre, 0);
        queue.add(centre);
        while (!queue.isEmpty()) {
            String here = queue.poll();
            int d = depths.get(here);
            if (d >= depth) {
                continue;
            }
            for (Relation r : kb.relationsOf(here)) {
                String next = r.other(here);
                Entity e = kb.entity(next);
                if ((types.isEmpty() || types.contains(r.type())) && e != null && keep.test(e)
                        && !depths.containsKey(next)) {
                    depths.put(next, d + 1);
                    queue.add(next);
                }
            }
        }
        Set<Relation> edges = new LinkedHashSet<>();
        for (String id : depths.keySet()) {
            for (Relation r : kb.relationsOf(id)) {
                if (depths.containsKey(r.other(id)) && (types.isEmpty() || types.contains(r.type()))) {
                    edges.add(r);
                }
            }
        }
        return new Neighbourhood(centre, depths, new ArrayList<>(edges));
    }

    /** The entities an article mentions and the relations between them; there is no centre (it is null). */
    public static Neighbourhood ofArticle(KnowledgeBase kb, org.dossier.model.Article article, Predicate<Entity> keep,
                                          Set<String> types) {
        Map<String, Integer> depths = new LinkedHashMap<>();
        for (String id : KnowledgeBase.summarise(article).keySet()) {
            Entity e = kb.entity(id);
            if (e != null && keep.test(e)) {
                depths.put(id, 1);
            }
        }
        Set<Relation> edges = new LinkedHashSet<>();
        for (String id : depths.keySet()) {
            for (Relation r : kb.relationsOf(id)) {
                if (depths.containsKey(r.other(id)) && (types.isEmpty() || types.contains(r.type()))) {
                    edges.add(r);
                }
            }
        }
        return new Neighbourhood(null, depths, new ArrayList<>(edges));
    }
}
