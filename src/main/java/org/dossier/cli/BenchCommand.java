package org.dossier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import org.dossier.bench.BenchFigures;
import org.dossier.bench.LayoutMeasure;
import org.dossier.bench.StoreBenchmark;
import org.dossier.model.Plural;

/**
 * {@code dossier bench}: how fast Dossier is on one store, measured in one process against floors measured in
 * the same run (parsing the same JSON, scanning the same text), so that figures from a busy machine still compare.
 */
final class BenchCommand implements Command {

    static final String JSON = "--json";
    static final String RUNS = "--runs";
    /** Each run loads the whole store twice; more runs than this would measure nothing better. */
    static final int MAX_RUNS = 1000;

    private final LayoutMeasure layout;

    /** @param layout times laying out the window's panes; the command line itself knows no JavaFX */
    BenchCommand(LayoutMeasure layout) {
        this.layout = layout;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "measure loading, memory, search and layout on a store";
    }

    @Override
    public String usage() {
        return """
                Usage: dossier bench [--data DIR] [--json] [--runs N]

                Measures, in one process, on the store in DIR (which is only read):
                  raw_parse_ms    reading and parsing its JSON files into plain trees, article
                                  files on all cores as the loader does: the floor under loading
                  load_ms         loading it: the model, its indexes and validation
                  load_ratio      load_ms / raw_parse_ms
                  heap_mb         the heap in use with the store loaded, after garbage collection
                  index_ms        building the search index from scratch (in a temporary folder)
                  index_open_ms   opening that index again for the same content, read afresh
                  search_p50_ms, search_p95_ms
                                  %d fixed queries of every kind, limit 20, %d rounds
                  search_baseline_ms
                                  String.contains of one word over all article text
                  article_render_ms, sidebar_render_ms
                                  building, styling and laying out the reading pane and the
                                  entity sidebar of the article at the 95th percentile by
                                  length, off-screen (headless JavaFX): p95 of 30, and p50
                Raw parse and load are timed alternately N times after a warm-up of each; the
                medians are reported. What is running is said on standard error; it takes
                minutes on a store of 50,000 articles.

                Options:
                  --data DIR   the store folder (default: data, in the current folder)
                  --runs N     how many times to time raw parse and load (default: %d, at most 1000)
                  --json       print one JSON object with the figures above and the counts
                               (articles, entities, relations, mentions, problems, store_mb,
                               cores, max_heap_mb)
                  --help, -h   show this usage

                Exit status: 0 measured (also when the store has problems), 1 it could not be
                measured, 2 the command line is wrong or the store folder is missing.
                """.formatted(StoreBenchmark.QUERIES, StoreBenchmark.QUERY_ROUNDS, StoreBenchmark.DEFAULT_RUNS);
    }

    @Override
    public Set<String> flags() {
        return Set.of(JSON);
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of(RUNS);
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws UsageException {
        args.requireAtMost(0);
        int runs = (int) args.wholeNumber(RUNS, StoreBenchmark.DEFAULT_RUNS, 1, MAX_RUNS);
        if (!Files.isDirectory(args.dataDir())) {
            TerminalText.println(err, CommandLine.PROGRAM + ": there is no store folder at '"
                    + args.dataDir().toAbsolutePath() + "'; say which store to measure with --data DIR");
            return ExitCode.USAGE;
        }
        long started = System.nanoTime();
        BenchFigures figures;
        try {
            figures = new StoreBenchmark(args.dataDir(), runs, phase -> err.printf(Locale.ROOT, "[%6.1f s] %s%n",
                    (System.nanoTime() - started) / 1e9, phase), layout).run();
        } catch (IOException e) {
            TerminalText.println(err, CommandLine.PROGRAM + ": " + e.getMessage());
            return ExitCode.STORE_PROBLEMS;
        }
        if (args.has(JSON)) {
            JsonOutput.print(out, BenchOutput.json(figures));
        } else {
            BenchOutput.text(args.dataDir(), figures, out);
        }
        if (figures.problems() > 0) {
            err.println(Plural.count(figures.problems(), "problem", "problems")
                    + " in the store (measured all the same); run 'dossier check' for details");
        }
        return ExitCode.OK;
    }
}
