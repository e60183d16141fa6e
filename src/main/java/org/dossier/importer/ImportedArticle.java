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
 * @param unreadableDate the date as the file wrote it when it could not be read (the article then has none), or null
 * @param split  true when the text came as one block and Dossier split it into paragraphs between sentences
 */
public record ImportedArticle(String title, String source, String link, PartialDate date, List<String> paragraphs,
                              String origin, String unreadableDate, boolean split) {

    public ImportedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
        source = source == null ? "" : source;
        paragraphs = List.copyOf(paragraphs);
    }

    /** An article whose file gave a readable date, or none. */
    public ImportedArticle(String title, String source, String link, PartialDate date, List<String> paragraphs,
                           String origin) {
        this(title, source, link, date, paragraphs, origin, null, false);
    }
}
