package org.dossier.ui.graph;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/**
 * What the graph remembers between sessions: its depth and the kinds and relation types it hides. Kept in the
 * preferences node it is given: the user's in the app, one of their own in tests, which never touch the user's.
 * The node is asked for when the first graph opens: the user's preferences folder is not made (and its making not
 * logged) at every start of a window that may show no graph.
 */
public final class GraphSettings {

    private static final String DEPTH = "depth";
    private static final String HIDDEN_KINDS = "hiddenKinds";
    private static final String HIDDEN_TYPES = "hiddenTypes";

    private final Supplier<Preferences> nodeWhenNeeded;
    private Preferences node;

    public GraphSettings(Supplier<Preferences> node) {
        this.nodeWhenNeeded = node;
    }

    private Preferences node() {
        if (node == null) {
            node = nodeWhenNeeded.get();
        }
        return node;
    }

    /** From 1 to 3; 1 when nothing valid is remembered. */
    int depth() {
        return Math.max(1, Math.min(3, node().getInt(DEPTH, 1)));
    }

    void depth(int depth) {
        node().putInt(DEPTH, depth);
    }

    Set<String> hiddenKinds() {
        return read(HIDDEN_KINDS);
    }

    void hiddenKinds(Set<String> kinds) {
        node().put(HIDDEN_KINDS, String.join(",", kinds));
    }

    Set<String> hiddenTypes() {
        return read(HIDDEN_TYPES);
    }

    void hiddenTypes(Set<String> types) {
        node().put(HIDDEN_TYPES, String.join(",", types));
    }

    private Set<String> read(String key) {
        String csv = node().get(key, "");
        return new TreeSet<>(csv.isBlank() ? List.of() : List.of(csv.split(",")));
    }
}
