package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * An article: its words exactly as published, split into paragraphs, and the mentions linked in them.
 *
 * @param source where it came from (a publication, a site, a file name)
 * @param link   its address, if known (may be null)
 * @param date   publication date, only if the source gives one (may be null)
 * @param body   its paragraphs, in memory or read from the store when needed
 */
public record Article(String id, String title, String source, String link, PartialDate date,
                      ArticleBody body, List<Mention> mentions) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        source = source == null ? "" : source;
        body = body == null ? ArticleBody.of(List.of()) : body;
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }

    /** An article whose paragraphs are held in memory. */
    public Article(String id, String title, String source, String link, PartialDate date,
                   List<String> paragraphs, List<Mention> mentions) {
        this(id, title, source, link, date, ArticleBody.of(paragraphs), mentions);
    }

    /** The paragraphs, exactly as written. May read the article's file: see {@link ArticleBody#isLoaded()}. */
    public List<String> paragraphs() {
        return body.paragraphs();
    }

    /** This article with other mentions, and the same body (not loaded for this). */
    public Article withMentions(List<Mention> other) {
        return new Article(id, title, source, link, date, body, other);
    }

    /** This article with its body kept elsewhere. */
    public Article withBody(ArticleBody other) {
        return new Article(id, title, source, link, date, other, mentions);
    }

    /** The words a mention covers. */
    public String textOf(int paragraph, int start, int end) {
        return paragraphs().get(paragraph).substring(start, end);
    }
}
