package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * An article: its words exactly as published, split into paragraphs, and the mentions linked in them.
 *
 * @param source where it came from (a publication, a site, a file name)
 * @param link   its address, if known (may be null)
 * @param date   publication date, only if the source gives one (may be null)
 */
public record Article(String id, String title, String source, String link, PartialDate date,
                      List<String> paragraphs, List<Mention> mentions) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        source = source == null ? "" : source;
        paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }

    /** The words a mention covers. */
    public String textOf(int paragraph, int start, int end) {
        return paragraphs.get(paragraph).substring(start, end);
    }
}
