package org.dossier.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;

/**
 * How two entities are connected: every shortest path between them through relations, in either direction,
 * each step carrying its relation and so its evidence. Breadth-first, so linear in the relations reached.
 */
public final class PathFinder {

    private PathFinder() {
    }

    /** Up to {@code limit} shortest paths from {@code from} to {@code to}; empty when they are not connected. */
    public static List<List<Step>> shortestPaths(KnowledgeBase kb, String from, String to, int limit) {
        if (from.equals(to)) {
            return List.of(List.of());
        }
        Map<String, Integer> depth = new HashMap<>();
        Map<String, List<Step>> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        depth.put(from, 0);
        queue.add(from);
        while (!queue.isEmpty()) {
            String here = queue.poll();
            int d = depth.get(here);
            if (depth.containsKey(to) && d >= depth.get(to)) {
                break;
            }
            for (Relation r : kb.relationsOf(here)) {
                String next = r.other(here);
                Integer known = depth.get(next);
                if (known == null) {
                    depth.put(next, d + 1);
                    queue.add(next);
                }
                if (depth.get(next) == d + 1) {
                    cameFrom.computeIfAbsent(next, k -> new ArrayList<>())
                            .add(new Step(here, next, r, r.subject().equals(here)));
                }
            }
        }
        List<List<Step>> paths = new ArrayList<>();
        if (depth.containsKey(to)) {
            collect(to, from, cameFrom, new ArrayDeque<>(), paths, limit);
        }
        return paths;
    }

    private static void collect(String at, String from, Map<String, List<Step>> cameFrom, Deque<Step> suffix,
                                List<List<Step>> out, int limit) {
        if (out.size() >= limit) {
            return;
        }
        if (at.equals(from)) {
            out.add(List.copyOf(suffix));
            return;
        }
        for (Step step : cameFrom.getOrDefault(at, List.of())) {
            suffix.addFirst(step);
            collect(step.from(), from, cameFrom, suffix, out, limit);
            suffix.removeFirst();
        }
    }
}
