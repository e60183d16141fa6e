package org.dossier.bench;

/**
 * What search costs on the store.
 *
 * @param indexMs       building the index from scratch into an empty cache folder
 * @param indexOpenMs   opening that persisted index again for the same content read afresh; null when the
 *                      index could not be written to disk and was built in memory
 * @param queries       how many different queries were timed
 * @param rounds        how many times each was timed
 * @param p50Ms         the median time of one query (limit 20, with snippets)
 * @param p95Ms         the 95th percentile
 * @param baselineWord  the word of the baseline scan
 * @param baselineMs    {@link String#contains} of that word over every paragraph of every article
 */
public record SearchFigures(double indexMs, Double indexOpenMs, int queries, int rounds, double p50Ms, double p95Ms,
                            String baselineWord, double baselineMs) {
}
