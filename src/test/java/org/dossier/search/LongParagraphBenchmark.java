package org.dossier.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Article;

/**
 * How long a search (with its snippet and hit count) and the hits of the open article take on an article of one
 * paragraph of each size given, in megabytes (default 0.5 1 2 10), and how long a search takes whose query is that
 * whole paragraph, pasted (cut to its first terms, with a notice): the median of 5 runs after 2 warm-up runs.
 * Not a test ({@code mvn verify} does not run it); {@link LongParagraphTest} only guards against the quadratic case.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.dossier.search.LongParagraphBenchmark 0.5 1 2 10
 * </pre>
 */
public final class LongParagraphBenchmark {

    private static final int WARM_UP = 2;
    private static final int RUNS = 5;

    private LongParagraphBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String[] sizes = args.length == 0 ? new String[] {"0.5", "1", "2", "10"} : args;
        for (String size : sizes) {
            int chars = (int) (Double.parseDouble(size) * 1_000_000);
            Article article = SearchFixtures.article("long", "A long article", null, List.of(LongParagraphTest.paragraph(chars)));
            Path cache = Files.createTempDirectory("dossier-long-paragraph");
            try (SearchIndex index = SearchIndex.open(SearchFixtures.withArticles(List.of(article)), cache)) {
                double search = medianMillis(() -> index.search("production", 10));
                double hits = medianMillis(() -> index.hitsIn("long", "production"));
                String pasted = article.paragraphs().get(0);
                double whole = medianMillis(() -> index.search(pasted, 10));
                System.out.printf(Locale.ROOT, "%5s MB: search with snippet and hit count %7.1f ms, hits in the article"
                        + " %6.1f ms (%d hits); the paragraph as the query %6.1f ms (%s)%n", size, search, hits,
                        index.hitsIn("long", "production").size(), whole, index.search(pasted, 10).notice());
            } finally {
                IndexCache.delete(cache);
            }
        }
    }

    private static double medianMillis(Runnable work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double[] runs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            runs[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(runs);
        return runs[RUNS / 2];
    }
}
