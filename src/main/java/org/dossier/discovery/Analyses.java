package org.dossier.discovery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
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
 * order, so memory holds a few dozen analyses, not the store's. Thread-safe; meant for
 * background threads, never the FX thread (analysing a large store takes minutes the first time).
 */
public final class Analyses {

    private final ArticleAnalyser analyser;
    private final AnalysisCache cache;
    private final AtomicInteger computed = new AtomicInteger();

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
        ArticleAnalysis cached = cache.get(hash);
        if (cached != null) {
            return cached;
        }
        ArticleAnalysis fresh = analyser.analyse(article.paragraphs());
        computed.incrementAndGet();
        cache.put(fresh);
        return fresh;
    }

    /**
     * Hands every article of the store with its analysis to {@code each}, in store order, on the calling thread.
     * One worker per core analyses the articles one at a time, never more than {@link #IN_FLIGHT} ahead of what
     * was handed on: articles differ a hundredfold in length, so equal shares of a batch would leave a core idle
     * while the other finishes the long ones, and the calling thread folds results in while the workers go on.
     */
    public void forEach(KnowledgeBase kb, BiConsumer<Article, ArticleAnalysis> each) {
        List<Article> articles = kb.articles();
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        if (articles.size() < 2 || cores == 1) {
            articles.forEach(a -> each.accept(a, of(a)));
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
