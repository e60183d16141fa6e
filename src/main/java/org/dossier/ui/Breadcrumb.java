package org.dossier.ui;

import org.dossier.model.KnowledgeBase;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Kinds;

/** Where the reader is, in words, for the toolbar: "Store › Countries › Denmark". */
final class Breadcrumb {

    private Breadcrumb() {
    }

    static String of(Place place, KnowledgeBase kb) {
        String store = kb.name().isEmpty() ? "Dossier" : kb.name();
        if (place instanceof Place.ArticlePage a && kb.article(a.articleId()) != null) {
            return store + "  ›  Articles  ›  " + kb.article(a.articleId()).title();
        }
        if (place instanceof Place.EntityPage e && kb.entity(e.entityId()) != null) {
            var entity = kb.entity(e.entityId());
            return store + "  ›  " + Kinds.look(entity.kind()).plural() + "  ›  " + entity.name();
        }
        if (place instanceof Place.Graph g && kb.entity(g.entityId()) != null) {
            return store + "  ›  Graph  ›  " + kb.entity(g.entityId()).name();
        }
        if (place instanceof Place.ArticleGraph g && kb.article(g.articleId()) != null) {
            return store + "  ›  Graph  ›  " + kb.article(g.articleId()).title();
        }
        if (place instanceof Place.PathPage p && kb.entity(p.fromId()) != null && kb.entity(p.toId()) != null) {
            return store + "  ›  Path  ›  " + kb.entity(p.fromId()).name() + " → " + kb.entity(p.toId()).name();
        }
        if (place instanceof Place.TimelinePage t) {
            return store + "  ›  Timeline" + (t.entityId() != null && kb.entity(t.entityId()) != null
                    ? "  ›  " + kb.entity(t.entityId()).name() : "");
        }
        if (place instanceof Place.Suggestions) {
            return store + "  ›  Suggestions";
        }
        return store + "  ›  Overview";
    }
}
