package org.dossier.linking;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Finds every occurrence of many patterns in one pass over a text (Aho–Corasick), so that linking costs time in
 * proportion to the text, not to the text times the number of names. Letters are compared by
 * {@link Character#toLowerCase(char)}, which keeps one char per char, so a hit's offsets are offsets in the
 * original text; callers apply their own case rules to what was found.
 *
 * <p>Written here rather than taken from a library: it is about a hundred lines, and the linker applies its own
 * case and word-boundary rules to each hit, so a library would contribute only this loop.
 *
 * @param <T> what each pattern stands for
 */
final class AhoCorasick<T> {

    /** One occurrence: {@code [start, end)} in the text, and the value of the pattern found there. */
    record Hit<T>(int start, int end, T value) {
    }

    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<List<T>> values = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private int[] failure;
    /** The nearest node on the failure chain that ends a pattern, or -1: skips nodes that end nothing. */
    private int[] output;

    /** @param patterns each pattern's text and value; a pattern may repeat with other values */
    AhoCorasick(Map<String, List<T>> patterns) {
        newNode(0);
        patterns.forEach((pattern, vals) -> {
            if (!pattern.isEmpty()) {
                values.get(insert(pattern)).addAll(vals);
            }
        });
        linkFailures();
    }

    private int newNode(int depth) {
        next.add(new HashMap<>(4));
        values.add(new ArrayList<>(0));
        lengths.add(depth);
        return next.size() - 1;
    }

    private int insert(String pattern) {
        int node = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = fold(pattern.charAt(i));
            Integer child = next.get(node).get(c);
            if (child == null) {
                child = newNode(i + 1);
                next.get(node).put(c, child);
            }
            node = child;
        }
        return node;
    }

    /** Breadth-first, so that every node's failure target (a shorter suffix) is done before the node. */
    private void linkFailures() {
        failure = new int[next.size()];
        output = new int[next.size()];
        output[0] = -1;
        Queue<Integer> queue = new ArrayDeque<>();
        for (int child : next.get(0).values()) {
            failure[child] = 0;
            output[child] = -1;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.remove();
            for (Map.Entry<Character, Integer> edge : next.get(node).entrySet()) {
                int child = edge.getValue();
                failure[child] = step(failure[node], edge.getKey());
                int f = failure[child];
                output[child] = values.get(f).isEmpty() ? output[f] : f;
                queue.add(child);
            }
        }
    }

    private int step(int node, char c) {
        while (true) {
            Integer child = next.get(node).get(c);
            if (child != null) {
                return child;
            }
            if (node == 0) {
                return 0;
            }
            node = failure[node];
        }
    }

    /** Every occurrence of every pattern, overlapping ones included, in order of their end. */
    List<Hit<T>> findAll(CharSequence text) {
        List<Hit<T>> hits = new ArrayList<>();
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            node = step(node, fold(text.charAt(i)));
            for (int n = values.get(node).isEmpty() ? output[node] : node; n > 0; n = output[n]) {
                int start = i + 1 - lengths.get(n);
                for (T value : values.get(n)) {
                    hits.add(new Hit<>(start, i + 1, value));
                }
            }
        }
        return hits;
    }

    private static char fold(char c) {
        return Character.toLowerCase(c);
    }
}
