package org.dossier.bench;

import java.util.List;

/**
 * The timings of laying out the reading pane and the entity sidebar for one article, or why there are none.
 *
 * @param articleMs   one sample per construction + CSS + layout of the article's reading pane
 * @param sidebarMs   the same for the sidebar listing the article's entities
 * @param unavailable why nothing could be timed (the toolkit did not start), or null
 */
public record RenderSamples(List<Double> articleMs, List<Double> sidebarMs, String unavailable) {

    public RenderSamples {
        articleMs = List.copyOf(articleMs);
        sidebarMs = List.copyOf(sidebarMs);
    }

    public static RenderSamples unavailable(String why) {
        return new RenderSamples(List.of(), List.of(), why);
    }
}
