package org.dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.dossier.model.Article;
import org.dossier.model.Mention;

/**
 * Where a query matches in an article. The body is indexed with offsets, so Lucene's {@link Matches} give the
 * span of every word, phrase and prefix match straight from the index, without analysing the text again.
 * Linked mentions of the entities the query names count too (the text may say "Zelensky" where the query said
 * "Зеленський"). Overlapping spans are merged; the result is in reading order.
 */
final class HitFinder {

    private final IndexSearcher searcher;
    private final CompiledQuery query;
    private final Weight highlight;

    /** For finding hits of one query in several articles: the query is prepared once. */
    HitFinder(IndexSearcher searcher, CompiledQuery query) throws IOException {
        this.searcher = searcher;
        this.query = query;
        this.highlight = query.highlight() == null ? null
                : searcher.createWeight(searcher.rewrite(query.highlight()), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** @param doc the article's document in the searcher's index */
    List<HitSpan> find(int doc, Article article) throws IOException {
        List<HitSpan> spans = new ArrayList<>();
        if (highlight != null) {
            addTextMatches(doc, article, spans);
        }
        for (Mention mention : article.mentions()) {
            if (query.linkedEntities().contains(mention.entity())) {
                spans.add(new HitSpan(mention.paragraph(), mention.start(), mention.end()));
            }
        }
        return merged(spans);
    }

    private void addTextMatches(int doc, Article article, List<HitSpan> spans) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = highlight.matches(leaf, doc - leaf.docBase);
        MatchesIterator it = matches == null ? null : matches.getMatches(IndexFields.BODY);
        ParagraphOffsets paragraphs = new ParagraphOffsets(article);
        while (it != null && it.next()) {
            int paragraph = paragraphs.paragraphAt(it.startOffset());
            int base = paragraphs.start(paragraph);
            spans.add(new HitSpan(paragraph, it.startOffset() - base,
                    Math.min(it.endOffset() - base, article.paragraphs().get(paragraph).length())));
        }
    }

    private static List<HitSpan> merged(List<HitSpan> spans) {
        spans.sort(Comparator.comparingInt(HitSpan::paragraph).thenComparingInt(HitSpan::start)
                .thenComparingInt(HitSpan::end));
        List<HitSpan> out = new ArrayList<>();
        for (HitSpan span : spans) {
            HitSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.paragraph() == span.paragraph() && span.start() < last.end()) {
                out.set(out.size() - 1, new HitSpan(last.paragraph(), last.start(), Math.max(last.end(), span.end())));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /** Where each paragraph starts in the body as the index counts it: one character between paragraphs. */
    private static final class ParagraphOffsets {
        private final int[] starts;

        ParagraphOffsets(Article article) {
            starts = new int[article.paragraphs().size()];
            int at = 0;
            for (int p = 0; p < starts.length; p++) {
                starts[p] = at;
                at += article.paragraphs().get(p).length() + 1;
            }
        }

        int start(int paragraph) {
            return starts[paragraph];
        }

        int paragraphAt(int offset) {
            int p = java.util.Arrays.binarySearch(starts, offset);
            return p >= 0 ? p : -p - 2;
        }
    }
}
