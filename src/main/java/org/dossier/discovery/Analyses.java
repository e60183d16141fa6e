package org.dossier.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.text.TextAnalyzer;

/**
 * The analyses of a store's articles: each read from the cache by the article's text fingerprint, or computed (and
 * cached) when the article is new or its text changed. Articles are analysed on all cores, a batch at a time, and
 * handed on in store order, so memory holds one batch of analyses, not the store's. Thread-safe; meant for
 * background threads, never the FX thread (analysing a large store takes minutes the first time).
 */
public final class Analyses {

    /** Articles analysed together: enough to keep both cores busy, few enough to hold in memory. */
    private static final int BATCH = 256;

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

    /** Hands every article of the store with its analysis to {@code each}, in store order, on the calling thread. */
    public void forEach(KnowledgeBase kb, BiConsumer<Article, ArticleAnalysis> each) {
        List<Article> articles = kb.articles();
        for (int from = 0; from < articles.size(); from += BATCH) {
            List<Article> batch = articles.subList(from, Math.min(articles.size(), from + BATCH));
            List<ArticleAnalysis> done = new ArrayList<>(batch.parallelStream().map(this::of).toList());
            for (int i = 0; i < batch.size(); i++) {
                each.accept(batch.get(i), done.get(i));
            }
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
