package org.dossier.bench;


/**
 * What laying out one article's panes costs, or why it was not measured.
 *
 * @param articleId      the article laid out (the 95th percentile by length), or null when there is none
 * @param characters     its length in characters
 * @param samples        how many builds were timed for each pane
 * @param articleP50Ms   the reading pane: construction, CSS and layout, median
 * @param articleP95Ms   the same, 95th percentile
 * @param sidebarP50Ms   the entity sidebar for the article, median
 * @param sidebarP95Ms   the same, 95th percentile
 * @param unavailable    why the timings are null, or null when they are not
 */
public record RenderFigures(String articleId, long characters, int samples, Double articleP50Ms, Double articleP95Ms,
                            Double sidebarP50Ms, Double sidebarP95Ms, String unavailable) {

    static RenderFigures unavailable(String articleId, long characters, String why) {
        return new RenderFigures(articleId, characters, 0, null, null, null, null, why);
    }

    static RenderFigures of(String articleId, long characters, RenderSamples samples) {
        if (samples.unavailable() != null) {
            return unavailable(articleId, characters, samples.unavailable());
        }
        Percentiles article = Percentiles.of(samples.articleMs());
        Percentiles sidebar = Percentiles.of(samples.sidebarMs());
        return new RenderFigures(articleId, characters, samples.articleMs().size(), article.median(), article.at(0.95),
                sidebar.median(), sidebar.at(0.95), null);
    }
}
