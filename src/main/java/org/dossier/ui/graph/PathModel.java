package org.dossier.ui.graph;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.dossier.graph.PathFinder;
import org.dossier.graph.Step;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;
import org.dossier.ui.state.Background;

/**
 * "How are A and B connected?": the shortest paths between two entities, found on the search thread (a search
 * through a large store's relations must not hold up the window), and the words the page says about them.
 */
public final class PathModel {

    /** More shortest paths than this are not listed: the first ten tell the story. */
    static final int MAX_PATHS = 10;

    private final KnowledgeBase kb;
    private final Entity from;
    private final Entity to;
    private final ReadOnlyObjectWrapper<List<List<Step>>> paths = new ReadOnlyObjectWrapper<>(this, "paths");

    /** Starts looking for the paths at once; {@link #pathsProperty()} has them when they are found. */
    public PathModel(KnowledgeBase kb, String fromId, String toId, Background background) {
        this.kb = kb;
        this.from = kb.entity(fromId);
        this.to = kb.entity(toId);
        background.compute(() -> PathFinder.shortestPaths(kb, fromId, toId, MAX_PATHS), paths::set);
    }

    public String title() {
        return "How are " + from.name() + " and " + to.name() + " connected?";
    }

    /** What was found, in one sentence; while looking, that it is looking. */
    public String summary() {
        List<List<Step>> found = paths.get();
        if (found == null) {
            return "Looking for the connections…";
        }
        return found.isEmpty() ? "They are not connected by any relation in this store."
                : Plural.count(found.size(), "shortest path", "shortest paths") + " of "
                + Plural.count(found.get(0).size(), "step", "steps") + ".";
    }

    /** The paths, shortest first; null until they are found. */
    public ReadOnlyObjectProperty<List<List<Step>>> pathsProperty() {
        return paths.getReadOnlyProperty();
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }
}
