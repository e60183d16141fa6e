package org.dossier.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.search.SearchIndex;

/** Indexing cold, opening the persisted index warm, and the fixed queries, against a substring-scan baseline. */
final class SearchMeasure {

    static final int LIMIT = 20;
    static final int WARM_UP_ROUNDS = 2;
    static final int ROUNDS = 5;
    private static final int BASELINE_RUNS = 3;

    private final KnowledgeBase kb;
    private final Consumer<String> phase;

    SearchMeasure(KnowledgeBase kb, Consumer<String> phase) {
        this.kb = kb;
        this.phase = phase;
    }

    /** @param cacheRoot an empty folder for the index; the caller deletes it */
    SearchFigures run(Path cacheRoot) {
        phase.accept("Baseline: String.contains(\"" + SearchQueries.BASELINE_WORD + "\") over all article text");
        double baseline = baseline();

        phase.accept("Building the search index cold in " + cacheRoot);
        HeapUsage.settle();
        long t = System.nanoTime();
        SearchIndex built = SearchIndex.open(kb, cacheRoot);
        double indexMs = Millis.since(t);
        boolean persisted = built.folder() != null;
        built.close();

        Double openMs = null;
        SearchIndex index;
        if (persisted) {
            phase.accept("Opening the persisted index again");
            // The index is found by the store's content key, which uses each article's text fingerprint taken
            // while loading (counted in load_ms), so the same knowledge base does exactly what a new start does.
            HeapUsage.settle();
            t = System.nanoTime();
            index = SearchIndex.open(kb, cacheRoot);
            openMs = Millis.since(t);
        } else {
            phase.accept("The index could not be written to " + cacheRoot + "; it is built in memory, so there is "
                    + "no warm open to time");
            index = SearchIndex.open(kb, cacheRoot);
        }
        try (index) {
            phase.accept("Timing " + SearchQueries.ALL.size() + " queries, " + ROUNDS + " rounds after "
                    + WARM_UP_ROUNDS + " warm-up rounds");
            Percentiles queries = Percentiles.of(timeQueries(index));
            return new SearchFigures(indexMs, openMs, SearchQueries.ALL.size(), ROUNDS, queries.median(),
                    queries.at(0.95), SearchQueries.BASELINE_WORD, baseline);
        }
    }

    private static List<Double> timeQueries(SearchIndex index) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            SearchQueries.ALL.forEach(q -> index.search(q, LIMIT));
        }
        List<Double> samples = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : SearchQueries.ALL) {
                long t = System.nanoTime();
                index.search(q, LIMIT);
                samples.add(Millis.since(t));
            }
        }
        return samples;
    }

    /**
     * The simplest search there is: which paragraphs contain the word as typed? No ranking, no snippets. The
     * median of a few scans after one warm-up scan.
     */
    private double baseline() {
        List<Double> runs = new ArrayList<>();
        for (int run = 0; run <= BASELINE_RUNS; run++) {
            long t = System.nanoTime();
            long found = 0;
            for (Article a : kb.articles()) {
                for (String p : a.paragraphs()) {
                    if (p.contains(SearchQueries.BASELINE_WORD)) {
                        found++;
                    }
                }
            }
            double ms = Millis.since(t);
            Sink.keep(found);
            if (run > 0) {
                runs.add(ms);
            }
        }
        return Percentiles.of(runs).median();
    }
}
