package org.dossier.exchange;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.dossier.model.Article;
import org.dossier.model.ArticleBody;
import org.dossier.model.KnowledgeBase;

/**
 * One pass over a store's articles for an export: each article is turned into its output (a JSON line, a CSV row, a
 * note) on all cores, a batch at a time, and the outputs are handed on in store order. While one batch is written,
 * the next is already being read and rendered, so the cores do not wait on the disk. A large store keeps its bodies
 * in their files; each is read when its article's turn comes ({@link Article#paragraphs()}, as loading reads it) and
 * dropped with its batch, so that memory holds two batches of texts, never all of them.
 */
public final class ArticlePass {

    /** Takes the outputs, in store order, on the thread that runs the pass. */
    public interface Sink<T> {
        void accept(Article article, T output) throws IOException;
    }

    /** Enough articles per batch to keep both cores busy, few enough that a batch of texts is small. */
    static final int BATCH = 64;

    private ArticlePass() {
    }

    /**
     * Renders every article with {@code render} and hands the results to {@code sink}.
     *
     * @param what the progress message, such as "Writing articles"
     * @throws IOException from the sink, or when an article's file changed since the store was loaded
     */
    public static <T> void run(KnowledgeBase kb, Function<Article, T> render, Sink<T> sink, String what,
                               ExportProgress progress) throws IOException, ExportProgress.Cancelled {
        List<Article> articles = kb.articles();
        int total = articles.size();
        progress.update(0, total, what);
        CompletableFuture<List<T>> next = total == 0 ? null : start(articles, 0, render);
        for (int from = 0; from < total; from += BATCH) {
            List<T> outputs = await(next);
            int to = Math.min(total, from + BATCH);
            if (progress.cancelled()) {
                throw new ExportProgress.Cancelled();
            }
            next = to < total ? start(articles, to, render) : null;
            for (int i = from; i < to; i++) {
                sink.accept(articles.get(i), outputs.get(i - from));
            }
            progress.update(to, total, what);
        }
    }

    private static <T> CompletableFuture<List<T>> start(List<Article> articles, int from, Function<Article, T> render) {
        List<Article> batch = articles.subList(from, Math.min(articles.size(), from + BATCH));
        return CompletableFuture.supplyAsync(() -> batch.parallelStream().map(render).toList());
    }

    private static <T> List<T> await(CompletableFuture<List<T>> batch) throws IOException {
        try {
            return batch.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ArticleBody.Unavailable unavailable) {
                // Its file changed or went since the store was loaded: better no export than one that mixes two stores.
                throw new IOException(unavailable.getMessage() + "; nothing was exported", unavailable);
            }
            if (e.getCause() instanceof java.io.UncheckedIOException written) {
                throw written.getCause(); // a render that writes its own file (a note) could not
            }
            throw e;
        }
    }
}
