package org.dossier.bench;

import java.util.Comparator;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;

/** Picks the article the render measure lays out: a long one, but not the single longest. */
final class LongArticle {

    private LongArticle() {
    }

    /** The article at fraction {@code p} by total characters (title and paragraphs), or null for no articles. */
    static Article atPercentile(KnowledgeBase kb, double p) {
        if (kb.articles().isEmpty()) {
            return null;
        }
        List<Article> byLength = kb.articles().stream()
                .sorted(Comparator.comparingLong(LongArticle::characters).thenComparing(Article::id)).toList();
        return byLength.get(Percentiles.nearestRank(byLength.size(), p));
    }

    static long characters(Article a) {
        return a.title().length() + a.paragraphs().stream().mapToLong(String::length).sum();
    }
}
