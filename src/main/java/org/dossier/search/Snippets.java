package org.dossier.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.dossier.model.Article;

/**
 * The best passage of an article for a query, by Lucene's unified highlighter. The body is re-analysed from
 * the article in memory rather than stored in the index: the index stays half the size, and only the few
 * articles shown are analysed.
 */
final class Snippets {

    /** Passages are whole sentences, grown or cut towards this many characters, centred on the first match. */
    private static final int LENGTH_GOAL = 220;

    /** Thread-safe: one for all searches. */
    private static final UnifiedHighlighter HIGHLIGHTER = UnifiedHighlighter.builderWithoutSearcher(TextAnalysis.TEXT)
            .withFormatter(new BoldPassageFormatter())
            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.ENGLISH), LENGTH_GOAL, 0.5f))
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withHandleMultiTermQuery(true)
            .withHighlightPhrasesStrictly(true)
            .withMaxNoHighlightPassages(1)
            .build();

    private Snippets() {
    }

    /** @param highlight what to mark in the body, or null: then the article's opening */
    static String of(Article article, Query highlight) throws IOException {
        String body = String.join(IndexDocuments.PARAGRAPH_BREAK, article.paragraphs());
        if (body.isEmpty()) {
            return "";
        }
        Object snippet = HIGHLIGHTER.highlightWithoutSearcher(IndexFields.BODY,
                highlight == null ? new MatchNoDocsQuery() : highlight, body, 1);
        return snippet == null ? "" : snippet.toString();
    }
}
