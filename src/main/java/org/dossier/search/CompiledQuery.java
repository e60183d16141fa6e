package org.dossier.search;

import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * A query turned into what the index runs.
 *
 * @param articles       finds articles, or null when the query asks nothing of them
 * @param articlesRanked false when nothing in the query ranks articles (only date filters): newest first then
 * @param entities       finds entities, or null when the query asks nothing of them
 * @param positiveTerms  every term a result should contain, for highlighting and for telling what matched
 * @param linkedEntities the entities the query names, whose mentions count as hits too
 * @param highlight      the words, phrases and entity names to mark in an article's body, or null
 * @param notice         null, or how the query was read where it could not be read as typed
 */
record CompiledQuery(Query articles, boolean articlesRanked, Query entities, List<QueryTerm> positiveTerms,
                     Set<String> linkedEntities, Query highlight, String notice) {
}
