package org.dossier.bench;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreReader;

/**
 * Measures one store in one process: loading against the floor of merely parsing its JSON, the heap the loaded
 * store takes, the search index cold and warm, queries against a substring scan, and laying out the reading
 * pane and sidebar of a long article. Comparisons are made within the run, because timings on a shared machine
 * move with its load.
 */
public final class StoreBenchmark {

    public static final int DEFAULT_RUNS = 3;
    /** How many different queries are timed, and how many rounds of them. */
    public static final int QUERIES = SearchQueries.ALL.size();
    public static final int QUERY_ROUNDS = SearchMeasure.ROUNDS;
    /** The article laid out is the one at this fraction by length: long, but not an outlier. */
    static final double RENDERED_ARTICLE = 0.95;

    private final Path dir;
    private final int runs;
    private final Consumer<String> phase;
    private final LayoutMeasure layout;

    /**
     * @param dir    the store folder; it is only read
     * @param runs   how many times to time raw parsing and loading, alternately, after one warm-up of each
     * @param phase  told what is being measured, as each phase starts
     * @param layout times laying out the window's panes
     */
    public StoreBenchmark(Path dir, int runs, Consumer<String> phase, LayoutMeasure layout) {
        if (runs < 1) {
            throw new IllegalArgumentException("at least one run, not " + runs);
        }
        this.dir = dir.toAbsolutePath().normalize();
        this.runs = runs;
        this.phase = phase;
        this.layout = layout;
    }

    /** @throws IOException if the store's size cannot be read or the temporary folder cannot be made */
    public BenchFigures run() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("the store folder '" + dir + "' does not exist");
        }
        double storeMb = StoreSize.megabytes(dir);

        phase.accept("Warm-up: parsing the JSON files, then loading the store (not counted)");
        Sink.keep(RawParse.parseAll(dir));
        Sink.keep(StoreReader.load(dir).problems().size());
        List<Double> rawParse = new ArrayList<>();
        List<Double> load = new ArrayList<>();
        LoadResult loaded = null;
        for (int run = 1; run <= runs; run++) {
            loaded = null;
            HeapUsage.settle();
            phase.accept("Run " + run + " of " + runs + ": parsing the JSON files");
            long t = System.nanoTime();
            Sink.keep(RawParse.parseAll(dir));
            rawParse.add(Millis.since(t));
            HeapUsage.settle();
            phase.accept("Run " + run + " of " + runs + ": loading the store");
            t = System.nanoTime();
            loaded = StoreReader.load(dir);
            load.add(Millis.since(t));
        }
        phase.accept("Measuring the heap with the store loaded");
        double heapMb = HeapUsage.usedMegabytes();
        Reference.reachabilityFence(loaded);

        KnowledgeBase kb = loaded.knowledgeBase();
        SearchFigures search;
        RenderFigures render;
        try (TempFolder temp = new TempFolder("dossier-bench")) {
            phase.accept("Temporary folder " + temp.path() + " (deleted at the end)");
            search = new SearchMeasure(kb, phase).run(Files.createDirectory(temp.path().resolve("index")));
            render = render(loaded, Files.createDirectory(temp.path().resolve("window-cache")));
        }
        Runtime runtime = Runtime.getRuntime();
        return new BenchFigures(kb.articles().size(), kb.entities().size(), kb.relations().size(), kb.totalMentions(),
                loaded.problems().size(), storeMb, runtime.availableProcessors(), runtime.maxMemory() / (double) (1 << 20),
                rawParse, load, heapMb, search, render);
    }

    private RenderFigures render(LoadResult loaded, Path cacheRoot) {
        Article article = LongArticle.atPercentile(loaded.knowledgeBase(), RENDERED_ARTICLE);
        if (article == null) {
            return RenderFigures.unavailable(null, 0, "the store has no articles");
        }
        long characters = LongArticle.characters(article);
        return RenderFigures.of(article.id(), characters, layout.measure(loaded, article, cacheRoot, phase));
    }
}
