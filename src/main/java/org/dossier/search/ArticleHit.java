package org.dossier.search;

import org.dossier.model.PartialDate;

/**
 * An article that matches a query.
 *
 * @param date    its publication date, or null
 * @param hits    how many times the query's words and phrases occur in its paragraphs
 * @param snippet the best passage as plain text in which {@code <, >, &} are escaped and the matched words are
 *                wrapped in {@code <b>…</b>}; the article's first sentence when only its title or its linked
 *                entities matched
 */
public record ArticleHit(String id, String title, PartialDate date, float score, int hits, String snippet) {
}
