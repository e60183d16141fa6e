package org.dossier.ui.workspace;

import java.util.Optional;
import org.dossier.model.KnowledgeBase;
import org.dossier.ui.state.Place;

/**
 * The place last read in a store, as the workspace keeps it: an article ({@code article:ID}) or an entity's page
 * ({@code entity:ID}). Other pages (the overview, a graph, the timeline) are not reading places: the store then opens on
 * its overview, as it does when the article or entity is no longer in it.
 */
final class RememberedPlace {

    private static final String ARTICLE = "article:";
    private static final String ENTITY = "entity:";

    private RememberedPlace() {
    }

    /** The text kept for {@code place}, or null for a place that is not remembered. */
    static String of(Place place) {
        if (place instanceof Place.ArticlePage article) {
            return ARTICLE + article.articleId();
        }
        if (place instanceof Place.EntityPage entity) {
            return ENTITY + entity.entityId();
        }
        return null;
    }

    /** The place {@code text} names, if it is still in {@code kb}. */
    static Optional<Place> in(String text, KnowledgeBase kb) {
        if (text.startsWith(ARTICLE) && kb.article(text.substring(ARTICLE.length())) != null) {
            return Optional.of(new Place.ArticlePage(text.substring(ARTICLE.length())));
        }
        if (text.startsWith(ENTITY) && kb.entity(text.substring(ENTITY.length())) != null) {
            return Optional.of(new Place.EntityPage(text.substring(ENTITY.length())));
        }
        return Optional.empty();
    }
}
