package org.dossier.discovery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.text.TextAnalyzer;

/**
 * The analyses of a store's articles: each read from the cache by the article's text fingerprint, or computed (and
 * cached) when the article is new or its text changed. Articles are analysed on all cores and handed on in store
 * order. The most recent {@link #KEPT} analyses are also kept in memory, so a window that asks again after each
 * accepted suggestion reads no file for a store of a few thousand articles; a larger store's are read back from
 * the cache. Thread-safe; meant for background threads, never the FX thread (analysing a large store takes
 * minutes the first time).
 */
public final class Analyses {

    /** How many analyses are kept in memory (a few kilobytes each), the most recently used. */
    static final int KEPT = 4_000;

    /** Told how far a pass over the store has come. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    private final ArticleAnalyser analyser;
    private final AnalysisCache cache;
    private final AtomicInteger computed = new AtomicInteger();
    private final Map<Long, ArticleAnalysis> kept = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, ArticleAnalysis> eldest) {
                    return size() > KEPT;
                }
            });
    private volatile Progress progress = Progress.NONE;

    public Analyses(TextAnalyzer text, Gazetteer gazetteer, AnalysisCache cache) {
        this.analyser = new ArticleAnalyser(text, gazetteer);
        this.cache = cache;
    }

    /** With the shipped English models and gazetteer. */
    public static Analyses english(AnalysisCache cache) {
        return new Analyses(TextAnalyzer.english(), Gazetteer.shipped(), cache);
    }

    /** The article's analysis, from the cache when its text was analysed before. */
    public ArticleAnalysis of(Article article) {
        long hash = article.body().textHash();
        ArticleAnalysis inMemory = kept.get(hash);
        if (inMemory != null) {
            return inMemory;
        }
        ArticleAnalysis cached = cache.get(hash);
        if (cached == null) {
            cached = analyser.analyse(article.paragraphs());
            computed.incrementAndGet();
            cache.put(cached);
        }
        kept.put(hash, cached);
        return cached;
    }

    /** Reports every later pass's progress to {@code listener} (one listener at a time). */
    public void onProgress(Progress listener) {
        this.progress = listener == null ? Progress.NONE : listener;
    }

    /** Analyses every article not analysed yet (reporting progress), so that the passes after it are quick. */
    public void prepare(KnowledgeBase kb) {
        forEach(kb, (a, analysis) -> { });
    }

    /**
     * Hands every article of the store with its analysis to {@code each}, in store order, on the calling thread.
     * One worker per core analyses the articles one at a time, never more than {@link #IN_FLIGHT} ahead of what
     * was handed on: articles differ a hundredfold in length, so equal shares of a batch would leave a core idle
     * while the other finishes the long ones, and the calling thread folds results in while the workers go on.
     */
    public void forEach(KnowledgeBase kb, BiConsumer<Article, ArticleAnalysis> each) {
        List<Article> articles = kb.articles();
        Progress told = progress;
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        if (articles.size() < 2 || cores == 1) {
            for (int i = 0; i < articles.size(); i++) {
                each.accept(articles.get(i), of(articles.get(i)));
                told.update(i + 1, articles.size());
            }
            return;
        }
        ExecutorService workers = Executors.newFixedThreadPool(cores, Analyses::worker);
        try {
            Deque<Future<ArticleAnalysis>> pending = new ArrayDeque<>();
            int next = 0;
            for (int done = 0; done < articles.size(); done++) {
                while (next < articles.size() && pending.size() < IN_FLIGHT) {
                    Article a = articles.get(next++);
                    pending.add(workers.submit(() -> of(a)));
                }
                each.accept(articles.get(done), result(pending.remove()));
                told.update(done + 1, articles.size());
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** Analyses queued ahead of the one being handed on: enough to keep every core busy, few to hold in memory. */
    private static final int IN_FLIGHT = 64;

    private static Thread worker(Runnable r) {
        Thread t = new Thread(r, "dossier-analysis");
        t.setDaemon(true);
        return t;
    }

    private static ArticleAnalysis result(Future<ArticleAnalysis> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the analysis was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many articles were analysed (not found in the cache) since this was made. */
    public int computed() {
        return computed.get();
    }

    public AnalysisCache cache() {
        return cache;
    }
}
