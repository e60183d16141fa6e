package org.dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;

/**
 * The best passage of each article found, by Lucene's unified highlighter. It takes the match offsets from the
 * index's postings, and the text from the knowledge base in memory rather than from stored fields: the index
 * stays small, and no result is analysed again.
 */
final class Snippets extends UnifiedHighlighter {

    /**
     * Passages are whole sentences, grown or cut towards this many characters, centred on the first match; a
     * sentence longer than {@link PassageBreaks#LONGEST} is cut at white space.
     */
    private static final int LENGTH_GOAL = 220;

    private final KnowledgeBase kb;

    private Snippets(IndexSearcher searcher, KnowledgeBase kb) {
        super(UnifiedHighlighter.builder(searcher, TextAnalysis.TEXT)
                .withFormatter(new BoldPassageFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new PassageBreaks(), LENGTH_GOAL, 0.5f))
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(1));
        this.kb = kb;
    }

    /**
     * One snippet per document, in the order given.
     *
     * @param highlight what to mark, or null: then each article's opening
     */
    static String[] of(IndexSearcher searcher, KnowledgeBase kb, int[] docs, Query highlight) throws IOException {
        if (docs.length == 0) {
            return new String[0];
        }
        String[] snippets = new Snippets(searcher, kb).highlightFields(new String[] {IndexFields.BODY},
                highlight == null ? new MatchNoDocsQuery() : highlight, docs, new int[] {1}).get(IndexFields.BODY);
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = snippets[i] == null ? "" : snippets[i];
        }
        return snippets;
    }

    /** The bodies from the knowledge base, joined as the index's offsets count them. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        // As the default does with stored fields: at least one document, more while under the threshold.
        List<CharSequence[]> values = new ArrayList<>();
        long chars = 0;
        do {
            int doc = docs.nextDoc();
            if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            Article article = kb.article(DocIds.of(searcher, doc));
            String body = article == null ? "" : IndexDocuments.body(article);
            values.add(new CharSequence[] {body});
            chars += body.length();
        } while (cacheCharsThreshold != 0 && chars <= cacheCharsThreshold);
        return values;
    }
}
