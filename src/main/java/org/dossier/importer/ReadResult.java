package org.dossier.importer;

import java.util.List;

/**
 * What a file gave: its articles, and the parts of it (rows of a CSV, items of a JSON array) that could not be
 * made articles. One bad row does not cost the others.
 */
public record ReadResult(List<ImportedArticle> articles, List<ImportFailure> failures) {

    public ReadResult {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
    }

    static ReadResult of(ImportedArticle article) {
        return new ReadResult(List.of(article), List.of());
    }
}
