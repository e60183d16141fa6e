package org.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dossier.model.KnowledgeBase;
import org.dossier.search.ContentKey.Fingerprint;

/**
 * Full-text search over a store's articles and entities, with Apache Lucene.
 *
 * <h2>Query language</h2>
 * Plain words must all match (in the title or body of an article; in the name, an alias or the summary of an
 * entity), ranked by relevance (BM25), with English stemming ("exports" finds "exported") and ignoring case
 * and diacritics. {@code "exact phrase"}, {@code prefix*}, {@code -excluded}, {@code a OR b}, and filters:
 * {@code kind:person} (entities), {@code entity:ID-or-name} (articles that mention it), {@code before:DATE},
 * {@code after:DATE} (ISO dates at any precision; articles without a dated year are left out). A query that
 * cannot be read as typed is still searched; {@link SearchResults#notice()} says how it was read.
 *
 * <h2>Entity names in queries</h2>
 * Every name and alias of every entity, in whatever script it is stored (Cyrillic included), is indexed with
 * the entity, so "Зеленський" finds Volodymyr Zelensky among the entities. For articles, a run of query words
 * that is a name or alias also matches every article with a <em>linked mention</em> of that entity, whatever
 * words its text uses: the article index holds the ids of the entities each article mentions, and
 * {@link EntityLinking} rewrites "Зеленський" to "the word Зеленський, or a linked mention of
 * volodymyr-zelensky". Snippets and {@link #hitsIn} then mark the entity's names in the text and its mentions.
 *
 * <h2>Persistence</h2>
 * The index lives in a cache folder outside the store ({@link #defaultCacheRoot()}), and is recognised by a
 * content key computed from the knowledge base in memory ({@link ContentKey}): opening a store that was
 * indexed before costs a hash of its text and opening Lucene's files, not re-indexing. An index whose key
 * does not match is never used; one that fails to open or whose document count is off (a truncated or damaged
 * file) is deleted and rebuilt. If the cache cannot be written, the index is built in memory.
 *
 * <h2>Threads</h2>
 * Searches may run on any number of threads at once, also while {@link #update} runs on another: they see the
 * index and the knowledge base as they were before the update, or after it, never a mix.
 */
public final class SearchIndex implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());

    /** What the searches of one moment see: a knowledge base and the names in it, matching the index. */
    private record State(KnowledgeBase kb, EntityNames names, Fingerprint fingerprint) {
        static State of(KnowledgeBase kb, Fingerprint fingerprint) {
            return new State(kb, new EntityNames(kb), fingerprint);
        }
    }

    /** Work done with a consistent state and searcher. */
    private interface Work<T> {
        T run(State state, IndexSearcher searcher) throws IOException;
    }

    private final Directory directory;
    private final Path folder;
    private final SearcherManager searchers;
    /** Held shortly, to swap searcher and state together. */
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private final Object writing = new Object();
    private volatile State state;

    private SearchIndex(Directory directory, Path folder, State state) throws IOException {
        this(directory, folder, state, DirectoryReader.open(directory));
    }

    private SearchIndex(Directory directory, Path folder, State state, DirectoryReader reader) throws IOException {
        this.directory = directory;
        this.folder = folder;
        this.searchers = new SearcherManager(reader, null);
        this.state = state;
    }

    /**
     * The index for this knowledge base: the persisted one under {@code cacheRoot} if it holds exactly this
     * content and opens cleanly, else a new one built there (or in memory, if the cache cannot be written).
     *
     * @throws UncheckedIOException if not even an index in memory can be built
     */
    public static SearchIndex open(KnowledgeBase kb, Path cacheRoot) {
        Fingerprint fingerprint = ContentKey.of(kb);
        State state = State.of(kb, fingerprint);
        try {
            IndexCache cache = new IndexCache(cacheRoot);
            for (Path candidate : cache.holding(fingerprint.key())) {
                SearchIndex index = openChecked(candidate, state);
                if (index != null) {
                    cache.use(candidate);
                    return index;
                }
                IndexCache.delete(candidate);
            }
            Path building = cache.newBuildFolder();
            try (Directory directory = FSDirectory.open(building)) {
                IndexWriting.build(directory, kb, fingerprint);
            }
            Path built = cache.publish(building);
            cache.use(built);
            return new SearchIndex(FSDirectory.open(built), built, state);
        } catch (IOException e) {
            return inMemory(state);
        }
    }

    /** {@code $XDG_CACHE_HOME/dossier} or {@code ~/.cache/dossier}, {@code ~/Library/Caches/Dossier}, {@code %LOCALAPPDATA%\Dossier\cache}. */
    public static Path defaultCacheRoot() {
        return IndexCache.defaultRoot();
    }

    /** Opens a persisted index if it is whole and holds what {@code state} expects; null otherwise. */
    private static SearchIndex openChecked(Path folder, State state) {
        Directory directory = null;
        DirectoryReader reader = null;
        try {
            directory = FSDirectory.open(folder);
            reader = DirectoryReader.open(directory);
            String docs = reader.getIndexCommit().getUserData().get(IndexCache.DOCS);
            if (reader.numDocs() == state.fingerprint().docs() && Integer.toString(reader.numDocs()).equals(docs)) {
                return new SearchIndex(directory, folder, state, reader);
            }
        } catch (IOException | RuntimeException e) {
            // Damaged: said by returning null, and the caller builds a new index.
            LOG.log(System.Logger.Level.INFO, "the search index in '" + folder + "' cannot be used; it is built anew", e);
        }
        closeQuietly(reader);
        closeQuietly(directory);
        return null;
    }

    /** An index held in memory only, never persisted: for a store searched once, or for tests. */
    static SearchIndex inMemory(KnowledgeBase kb) {
        return inMemory(State.of(kb, ContentKey.of(kb)));
    }

    private static SearchIndex inMemory(State state) {
        try {
            Directory directory = new ByteBuffersDirectory();
            IndexWriting.build(directory, state.kb(), state.fingerprint());
            return new SearchIndex(directory, null, state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Searches articles and entities.
     *
     * @param limit the most entities, and the most articles, to return
     */
    public SearchResults search(String query, int limit) {
        long start = System.nanoTime();
        return read((state, searcher) -> {
            CompiledQuery compiled = QueryCompiler.compile(query, state.names());
            List<EntityHit> entities = Searching.entities(searcher, state.kb(), compiled, limit);
            List<ArticleHit> articles = Searching.articles(searcher, state.kb(), compiled, limit);
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            return new SearchResults(query, tookMs, entities, articles, compiled.notice());
        });
    }

    /** Every place in the article's paragraphs where the query matches, in reading order; empty for an unknown article. */
    public List<HitSpan> hitsIn(String articleId, String query) {
        return read((state, searcher) -> Searching.hitsIn(searcher, state.kb(), articleId,
                QueryCompiler.compile(query, state.names())));
    }

    /** Entities and articles whose name, alias or title looks like {@code text}, best first; empty for blank text. */
    public List<SwitchItem> quickSwitch(String text, int limit) {
        return read((state, searcher) -> QuickSwitcher.find(searcher, state.kb(), text, limit));
    }

    /**
     * Re-indexes what changed from the knowledge base the index holds to {@code kb}: articles and entities
     * whose content changed are replaced, new ones added, removed ones deleted. Searches meanwhile see the
     * old content; afterwards, the new.
     */
    public void update(KnowledgeBase kb) {
        synchronized (writing) {
            State before = state;
            Fingerprint after = ContentKey.of(kb);
            try {
                if (!after.key().equals(before.fingerprint().key())) {
                    IndexWriting.update(directory, kb, before.fingerprint(), after);
                }
                swap.writeLock().lock();
                try {
                    searchers.maybeRefreshBlocking();
                    state = State.of(kb, after);
                } finally {
                    swap.writeLock().unlock();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The folder the index is persisted in, or null when it is held in memory. */
    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        synchronized (writing) {
            try {
                searchers.close();
                directory.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private <T> T read(Work<T> work) {
        State current;
        IndexSearcher searcher;
        swap.readLock().lock();
        try {
            current = state;
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swap.readLock().unlock();
        }
        try {
            return work.run(current, searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                // Releasing only drops a reference; a failure here leaves nothing to clean up.
                LOG.log(System.Logger.Level.DEBUG, "releasing a searcher failed", e);
            }
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException e) {
                // It could not be used either; nothing more to do.
                LOG.log(System.Logger.Level.DEBUG, "closing an unusable index failed", e);
            }
        }
    }
}
