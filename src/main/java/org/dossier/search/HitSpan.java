package org.dossier.search;

/**
 * Where a query matches in an article's text: a span of one paragraph, offsets as in
 * {@link org.dossier.model.Mention} (UTF-16 code units, end exclusive).
 */
public record HitSpan(int paragraph, int start, int end) {
}
