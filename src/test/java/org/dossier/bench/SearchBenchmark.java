package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchResults;

/**
 * How fast search is on a large store: indexing from scratch, opening the persisted index again, and a fixed
 * set of 50 realistic queries (median and 95th percentile), against a plain substring scan of the same text
 * measured in the same run. Not a test: run by hand as the README's "Benchmarks" section says.
 *
 * <p>Arguments: the corpus CSV (columns link, headline, date, body), the number of articles (default 50,000),
 * and optionally the cache folder (default: a new temporary folder, deleted afterwards).
 */
public final class SearchBenchmark {

    /** Plain words, phrases, prefixes, OR, exclusions, filters, and names in Cyrillic: 50 in all. */
    static final List<String> QUERIES = List.of(
            "sanctions", "grain exports", "humanitarian corridors", "air defense", "european union candidate",
            "russian aggression", "weapons supply", "energy security", "refugees", "reconstruction",
            "nuclear power plant", "mariupol", "kharkiv shelling", "black sea ports", "financial support",
            "negotiations", "war crimes", "territorial integrity", "children", "president zelenskyy",
            "\"armed forces\"", "\"european union\"", "\"united states\"", "\"martial law\"",
            "\"full-scale invasion\"", "\"security guarantees\"", "\"glory to ukraine\"", "\"prime minister\"",
            "sanction*", "humanitar*", "reconstruct*", "negotiat* russia", "weap*", "ukrain* president",
            "grain OR wheat", "tanks OR artillery", "poland OR hungary", "biden OR johnson", "macron OR scholz",
            "sanctions -oil", "weapons -tanks", "refugees -poland", "russia -putin",
            "grain after:2022-03", "sanctions before:2022-02-24", "entity:nato", "entity:\"Joe Biden\" weapons",
            "zelenskyy kind:person", "Зеленський", "Маріуполь");
    static final List<String> SWITCHES = List.of("zelensky", "putn", "biden joe", "kharkov", "mariupol",
            "european", "address president", "grain", "сметанін", "scholz olaf");
    private static final int WARM_UP_ROUNDS = 2;
    private static final int ROUNDS = 5;
    private static final int LIMIT = 10;
    private static final String BASELINE_WORD = "sanctions";

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SearchBenchmark CORPUS.csv [ARTICLES] [CACHE_DIR]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        boolean temporary = args.length < 3;
        Path cache = temporary ? Files.createTempDirectory("dossier-bench") : Path.of(args[2]);
        try {
            run(Path.of(args[0]), count, cache);
        } finally {
            if (temporary) {
                deleteTree(cache);
            }
        }
    }

    private static void run(Path csv, int count, Path cache) throws IOException {
        long t = System.nanoTime();
        KnowledgeBase kb = BenchmarkStore.build(csv, count);
        long chars = kb.articles().stream().flatMap(a -> a.paragraphs().stream()).mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "Store: %,d articles, %,d entities, %,d mentions, %,d characters of text (built in %.1f s)%n",
                kb.articles().size(), kb.entities().size(), kb.totalMentions(), chars, seconds(t));
        System.out.printf(Locale.ROOT, "Machine: %d cores available, Java %s, max heap %,d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);

        baseline(kb);

        t = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(kb, cache)) {
            System.out.printf(Locale.ROOT, "Indexing, cold (content key, analysis, commit): %.1f s; index on disk %,d MB%n",
                    seconds(t), size(index.folder()) >> 20);
        }
        List<Double> opens = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // A store read from disk again: new strings, whose hash codes are not computed yet.
            KnowledgeBase reloaded = BenchmarkStore.copy(kb);
            settle();
            t = System.nanoTime();
            try (SearchIndex index = SearchIndex.open(reloaded, cache)) {
                index.search("ukraine", 1);
                opens.add(millis(t));
            }
        }
        System.out.printf(Locale.ROOT, "Index open, warm (content key, open the persisted index, first search): %s ms%n",
                opens.stream().map(ms -> String.format(Locale.ROOT, "%.0f", ms)).toList());

        settle();
        try (SearchIndex index = SearchIndex.open(kb, cache)) {
            report("Queries (50, limit 10, with snippets and hit counts)", QUERIES, q -> () -> index.search(q, LIMIT));
            report("Quick switch (10 texts, limit 10)", SWITCHES, s -> () -> index.quickSwitch(s, LIMIT));
            SearchResults sample = index.search("\"security guarantees\"", 3);
            System.out.println("Example: " + sample.query() + " → " + sample.articles().size() + " articles; first: "
                    + (sample.articles().isEmpty() ? "-" : sample.articles().get(0).snippet()));
        }
    }

    /** The simplest search there is: does the body contain the word, as typed? No ranking, no snippets. */
    private static void baseline(KnowledgeBase kb) {
        List<Double> times = new ArrayList<>();
        int found = 0;
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            found = 0;
            for (Article a : kb.articles()) {
                if (a.paragraphs().stream().anyMatch(p -> p.contains(BASELINE_WORD))) {
                    found++;
                }
            }
            times.add(millis(t));
        }
        System.out.printf(Locale.ROOT, "Baseline, substring scan for \"%s\" in every body: %s ms (%,d articles contain it)%n",
                BASELINE_WORD, times.stream().map(ms -> String.format(Locale.ROOT, "%.0f", ms)).toList(), found);
    }

    private static void report(String title, List<String> inputs, java.util.function.Function<String, Supplier<?>> work) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            inputs.forEach(i -> work.apply(i).get());
        }
        List<double[]> samples = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < inputs.size(); i++) {
                long t = System.nanoTime();
                work.apply(inputs.get(i)).get();
                samples.add(new double[] {millis(t), i});
            }
        }
        samples.sort(Comparator.comparingDouble(s -> s[0]));
        double[] slowest = samples.get(samples.size() - 1);
        System.out.printf(Locale.ROOT, "%s, %d rounds after %d warm-up rounds: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%s)%n",
                title, ROUNDS, WARM_UP_ROUNDS, percentile(samples, 0.50), percentile(samples, 0.95), slowest[0],
                inputs.get((int) slowest[1]));
    }

    /** Collects the benchmark's own garbage (copies of the store) so that it is not charged to what is timed next. */
    private static void settle() {
        System.gc();
    }

    private static double percentile(List<double[]> sorted, double p) {
        return sorted.get((int) Math.ceil(p * sorted.size()) - 1)[0];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static long size(Path folder) throws IOException {
        if (folder == null) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
