package org.dossier.model;

import java.util.Objects;

/**
 * Where a relation is stated: the sentence's span in one paragraph of one article, with its words.
 * Offsets as in {@link Mention}.
 */
public record Evidence(String article, int paragraph, int start, int end, String quote) {

    public Evidence {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(quote, "quote");
    }
}
