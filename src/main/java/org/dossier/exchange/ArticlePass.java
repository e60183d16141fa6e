package org.dossier.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dossier.model.Article;
import org.dossier.model.ArticleBody;
import org.dossier.model.KnowledgeBase;

/**
 * One pass over a store's articles for an export: each article is turned into its output (a JSON line, a CSV row, a
 * note) on all cores, a batch at a time, and the outputs are handed on in store order. A large store keeps its
 * bodies in their files; each is read when its article's turn comes ({@link Article#paragraphs()}, as loading reads
 * it) and dropped with its batch, so that memory holds one batch of texts, never all of them.
 */
public final class ArticlePass {

    /** Takes the outputs, in store order, on the thread that runs the pass. */
    public interface Sink<T> {
        void accept(Article article, T output) throws java.io.IOException;
    }

    /** Enough articles per batch to keep both cores busy, few enough that a batch of texts is small. */
    static final int BATCH = 64;

    private ArticlePass() {
    }

    /**
     * Renders every article with {@code render} and hands the results to {@code sink}.
     *
     * @param what the progress message, such as "Writing articles"
     */
    public static <T> void run(KnowledgeBase kb, Function<Article, T> render, Sink<T> sink, String what,
                               ExportProgress progress) throws java.io.IOException, ExportProgress.Cancelled {
        List<Article> articles = kb.articles();
        int total = articles.size();
        progress.update(0, total, what);
        for (int from = 0; from < total; from += BATCH) {
            progress.checkCancelled();
            List<Article> batch = articles.subList(from, Math.min(total, from + BATCH));
            List<T> outputs;
            try {
                outputs = batch.size() > 1 ? batch.parallelStream().map(render).toList()
                        : new ArrayList<>(batch.stream().map(render).toList());
            } catch (ArticleBody.Unavailable e) {
                // Its file changed or went since the store was loaded: better no export than one that mixes two stores.
                throw new java.io.IOException(e.getMessage() + "; nothing was exported", e);
            }
            for (int i = 0; i < batch.size(); i++) {
                sink.accept(batch.get(i), outputs.get(i));
            }
            progress.update(from + batch.size(), total, what);
        }
    }
}
