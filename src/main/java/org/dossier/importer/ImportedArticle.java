package org.dossier.importer;

import java.util.List;
import java.util.Objects;
import org.dossier.model.PartialDate;

/**
 * An article as read from a file, before it has an id or links.
 *
 * @param source where it came from: the link's host, or the file name
 * @param link   its address, if the file gives one (may be null)
 * @param date   its publication date, if the file gives one (may be null)
 * @param origin where it was read, for messages: "news.csv, row 12", or the file name
 */
public record ImportedArticle(String title, String source, String link, PartialDate date, List<String> paragraphs,
                              String origin) {

    public ImportedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
        source = source == null ? "" : source;
        paragraphs = List.copyOf(paragraphs);
    }
}
