package org.dossier.ui.state;

import org.dossier.model.KnowledgeBase;

/**
 * What the window shows, as one value: the place the reader is at, the knowledge base (a large store's part while it
 * loads), and whether the store is loading or in. Replaced once per change, however many of these it touched, so
 * that a view observing it is rebuilt at most once.
 */
public record Shown(Place place, KnowledgeBase knowledgeBase, boolean loading, boolean loaded) {

    /** Still loading, or nothing loaded yet: what is shown may be a part, or nothing. */
    public boolean partial() {
        return loading || !loaded;
    }
}
