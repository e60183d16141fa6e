package org.dossier.store;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.ArticleBody;
import org.dossier.model.TextHash;

/**
 * Article bodies kept in their files and read back when needed, with the most recently used ones cached up to a
 * bound on their characters. One per loaded store: a reloaded store gets a fresh one, so nothing read before a
 * change outlives it. A body is given back only if it is still the text that was loaded (its {@link TextHash}
 * fingerprint matches); otherwise the file changed behind our back and {@link ArticleBody.Unavailable} says so.
 */
public final class StoredBodies implements ArticleBody.Source {

    /** About 64 MB of text: a few thousand typical articles, whatever the store's size. */
    public static final long DEFAULT_CACHE_CHARS = 32_000_000L;

    private final Path dir;
    private final long maxChars;
    private final Map<String, List<String>> cache = new LinkedHashMap<>(256, 0.75f, true);
    private long cachedChars;
    private long reads;

    public StoredBodies(Path storeDir, long maxChars) {
        this.dir = storeDir;
        this.maxChars = maxChars;
    }

    /** The article with its body left in its file: only the fingerprint and paragraph count stay in memory. */
    Article detach(Article article) {
        List<String> paragraphs = article.paragraphs();
        return article.withBody(ArticleBody.stored(article.id(), paragraphs.size(), TextHash.of(paragraphs), this));
    }

    @Override
    public List<String> paragraphs(String articleId, long textHash) {
        synchronized (this) {
            List<String> cached = cache.get(articleId);
            if (cached != null && TextHash.of(cached) == textHash) {
                return cached;
            }
        }
        List<String> read = read(articleId);
        if (TextHash.of(read) != textHash) {
            throw new ArticleBody.Unavailable(fileName(articleId) + " has changed since the store was loaded; "
                    + "reload the store to read the new text");
        }
        synchronized (this) {
            reads++;
            put(articleId, read);
        }
        return read;
    }

    @Override
    public synchronized boolean isCached(String articleId) {
        return cache.containsKey(articleId);
    }

    /** How many bodies were read from their files so far (for tests and benchmarks). */
    public synchronized long reads() {
        return reads;
    }

    private void put(String articleId, List<String> paragraphs) {
        List<String> old = cache.put(articleId, paragraphs);
        cachedChars += chars(paragraphs) - (old == null ? 0 : chars(old));
        Iterator<Map.Entry<String, List<String>>> eldest = cache.entrySet().iterator();
        while (cachedChars > maxChars && cache.size() > 1 && eldest.hasNext()) {
            Map.Entry<String, List<String>> e = eldest.next();
            cachedChars -= chars(e.getValue());
            eldest.remove();
        }
    }

    private static long chars(List<String> paragraphs) {
        long n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    private List<String> read(String articleId) {
        Path file = StoreLayout.articleFile(dir, articleId);
        String text;
        try {
            text = Utf8.decode(BoundedFiles.read(file, realDir(), BoundedFiles.STORE_FILE), 0);
        } catch (FileRefused e) {
            throw new ArticleBody.Unavailable(fileName(articleId) + (e.kind() == FileRefused.Kind.MISSING
                    ? " is no longer there; reload the store" : ": " + e.getMessage()));
        } catch (CharacterCodingException e) {
            throw new ArticleBody.Unavailable(fileName(articleId) + " is no longer UTF-8 text; reload the store");
        }
        List<String> paragraphs = FastArticleParser.paragraphs(text);
        if (paragraphs != null) {
            return paragraphs; // the caller compares their fingerprint with the one loaded
        }
        FileProblems problems = new FileProblems(fileName(articleId), text, new ArrayList<>());
        var root = JsonDocuments.parse(text, problems);
        Indexed<Article> read = root == null ? null : new ElementParser(problems).article(root, "$");
        Article article = read == null ? null : read.value();
        if (article == null) {
            throw new ArticleBody.Unavailable(fileName(articleId) + " is no longer a readable article; reload the store");
        }
        return article.paragraphs();
    }

    /** The store folder as the system names it, for the rule that links lead only to files inside it. */
    private Path realDir() throws FileRefused {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            throw new FileRefused(FileRefused.Kind.MISSING, "the store folder is no longer there; reload the store");
        }
    }

    private static String fileName(String articleId) {
        return StoreLayout.ARTICLES_DIR + "/" + articleId + StoreLayout.JSON_SUFFIX;
    }
}
