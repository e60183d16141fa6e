package org.dossier.search;

import java.util.List;

/**
 * What one search found: the entities and the articles that match, best first.
 *
 * @param query  the query as typed
 * @param tookMs how long the search took, snippets included
 * @param notice null, or one line saying how a query that could not be read as typed was read instead
 *               ("the quote after 'defence' is not closed; searched as plain words")
 */
public record SearchResults(String query, long tookMs, List<EntityHit> entities, List<ArticleHit> articles,
                            String notice) {

    public SearchResults {
        entities = List.copyOf(entities);
        articles = List.copyOf(articles);
    }

    public boolean isEmpty() {
        return entities.isEmpty() && articles.isEmpty();
    }
}
