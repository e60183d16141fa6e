package org.dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.dossier.model.Article;
import org.dossier.model.Mention;

/**
 * Where a query matches in an article: each paragraph goes through the same analysis as the index, in a
 * one-document {@link MemoryIndex} with offsets, and Lucene's {@link Matches} give the span of every word,
 * phrase and prefix match. Linked mentions of the entities the query names count too (the text may say
 * "Zelensky" where the query said "Зеленський"). Overlapping spans are merged; the result is in reading order.
 */
final class HitFinder {

    private HitFinder() {
    }

    static List<HitSpan> find(Article article, CompiledQuery query) throws IOException {
        List<HitSpan> spans = new ArrayList<>();
        if (query.highlight() != null) {
            for (int p = 0; p < article.paragraphs().size(); p++) {
                addMatches(p, article.paragraphs().get(p), query, spans);
            }
        }
        for (Mention mention : article.mentions()) {
            if (query.linkedEntities().contains(mention.entity())) {
                spans.add(new HitSpan(mention.paragraph(), mention.start(), mention.end()));
            }
        }
        return merged(spans);
    }

    private static void addMatches(int paragraph, String text, CompiledQuery query, List<HitSpan> spans)
            throws IOException {
        MemoryIndex index = new MemoryIndex(true);
        index.addField(IndexFields.BODY, text, TextAnalysis.TEXT);
        IndexSearcher searcher = index.createSearcher();
        Weight weight = searcher.createWeight(searcher.rewrite(query.highlight()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
        Matches matches = weight.matches(leaf, 0);
        MatchesIterator it = matches == null ? null : matches.getMatches(IndexFields.BODY);
        while (it != null && it.next()) {
            spans.add(new HitSpan(paragraph, it.startOffset(), it.endOffset()));
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
}
