package org.dossier.search;

/**
 * An entity that matches a query.
 *
 * @param matchedAlias the alias the query matched, or null when the name matched (or only the summary did)
 */
public record EntityHit(String id, String name, String kind, String matchedAlias, float score) {
}
