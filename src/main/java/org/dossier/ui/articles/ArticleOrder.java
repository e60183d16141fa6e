package org.dossier.ui.articles;

import java.util.Comparator;
import org.dossier.model.Article;

/** The orders the article list offers; articles without a date come last in the date orders. */
public enum ArticleOrder {
    NEWEST("Newest first", Comparator.comparing(Article::date, Comparator.nullsLast(Comparator.reverseOrder()))),
    OLDEST("Oldest first", Comparator.comparing(Article::date, Comparator.nullsLast(Comparator.naturalOrder()))),
    TITLE("Title A–Z", Comparator.comparing(Article::title, String.CASE_INSENSITIVE_ORDER)),
    SOURCE("Source A–Z", Comparator.comparing(Article::source, String.CASE_INSENSITIVE_ORDER));

    private final String label;
    private final Comparator<Article> comparator;

    ArticleOrder(String label, Comparator<Article> comparator) {
        this.label = label;
        this.comparator = comparator.thenComparing(Article::title, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Article::id);
    }

    public Comparator<Article> comparator() {
        return comparator;
    }

    @Override
    public String toString() {
        return label;
    }
}
