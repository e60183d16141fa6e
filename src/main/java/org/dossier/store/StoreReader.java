package org.dossier.store;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;

/**
 * Loads a store folder into a {@link KnowledgeBase}. Never throws for bad content: whatever is valid is
 * loaded, and everything else is reported as a {@link Problem} naming the file, the place and the trouble.
 * This class reads store.json and says in which order the rest is read; each of the other files has its reader
 * ({@link EntitiesReader}, {@link ArticlesReader}, {@link RelationsReader}), and {@link LoadFindings} collects what
 * they find and which files are damaged.
 */
public final class StoreReader {

    /** Reports loading progress; called from the loading thread. */
    public interface Progress {
        Progress NONE = (done, total, what) -> { };

        void update(long done, long total, String what);
    }

    /**
     * Receives what is loaded so far while a large store loads: the entities and the articles read until then
     * (no relations: their evidence is checked once every article is in). Called on the loading thread a few
     * times, with ever more articles, so a window can list articles before the whole store is in.
     */
    public interface Partial {
        void loadedSoFar(KnowledgeBase kb);
    }

    /** Whether article bodies stay in memory after loading or are read back from their files when needed. */
    public enum Bodies {
        IN_MEMORY,
        ON_DISK,
        /** On disk when the articles take more than {@link #LARGE_STORE_BYTES} of files, else in memory. */
        AUTO
    }

    /** Above this much article JSON, bodies are read when needed rather than all kept (about 2,000 articles). */
    public static final long LARGE_STORE_BYTES = 32L << 20;

    private final Path dir;
    private final Progress progress;
    private final Bodies bodies;
    private final Partial partial;
    private final int firstBatch;
    private final LoadFindings findings = new LoadFindings();
    private boolean readOnly;
    /** The store folder as the system names it: links are followed only to files inside it. */
    private Path realDir;

    private StoreReader(Path dir, Progress progress, Bodies bodies, Partial partial, int firstBatch) {
        this.dir = dir;
        this.progress = progress;
        this.bodies = bodies;
        this.partial = partial;
        this.firstBatch = firstBatch;
    }

    public static LoadResult load(Path dir) {
        return load(dir, Progress.NONE);
    }

    public static LoadResult load(Path dir, Progress progress) {
        return load(dir, progress, Bodies.AUTO);
    }

    public static LoadResult load(Path dir, Progress progress, Bodies bodies) {
        return load(dir, progress, bodies, null);
    }

    /** Loads the store, handing {@code partial} what is loaded so far when the store is large enough to wait for. */
    public static LoadResult load(Path dir, Progress progress, Bodies bodies, Partial partial) {
        return load(dir, progress, bodies, partial, ArticlesReader.FIRST_BATCH);
    }

    /** As above, with the first batch's size given (tests use small stores). */
    static LoadResult load(Path dir, Progress progress, Bodies bodies, Partial partial, int firstBatch) {
        return new StoreReader(dir.toAbsolutePath().normalize(), progress, bodies, partial, firstBatch).load();
    }

    private LoadResult load() {
        String fallbackName = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        if (!Files.isDirectory(dir)) {
            findings.aboutTheStore(new Problem(".", 0, 0, "", Files.exists(dir)
                    ? "'" + dir + "' is a file, not a store folder"
                    : "the store folder '" + dir + "' does not exist"));
            return result(KnowledgeBase.empty(fallbackName));
        }
        realDir = ParsedFile.realPath(dir);
        if (StoreLayout.isEmptyFolder(dir)) {
            return result(KnowledgeBase.empty(fallbackName));
        }
        String name = readStoreFile(fallbackName);
        RelationsReader relations = new RelationsReader(dir, realDir);
        if (partial == null) {
            // Loaded in one go: relations.json is parsed on another core while the entities are read. Shown in
            // parts, it waits until the first part is out, so that the window starting meanwhile has that core.
            relations.startParsing();
        }
        ArticlesReader articlesReader = new ArticlesReader(dir, realDir, progress, partial, firstBatch, relations,
                findings);
        // Listing a large articles folder is mostly waiting on the file system: done meanwhile, on its own thread.
        CompletableFuture<List<Path>> listing = CompletableFuture.supplyAsync(articlesReader::list,
                StoreReader::onOwnThread);
        progress.update(0, 0, "Reading entities");
        Map<String, Entity> entities = EntitiesReader.read(dir, realDir, findings);
        List<Path> articleFiles = listing.join();
        long total = articleFiles.size() + 2L;
        progress.update(1, total, "Reading articles");
        Map<String, Article> articles = articlesReader.read(articleFiles, entities, name,
                ArticlesReader.keepOnDisk(bodies, articleFiles), total);
        List<Relation> checked = relations.check(entities, ev -> articlesReader.evidenceProblem(ev, articles), findings);
        DecisionsFile.Loaded decisions = DecisionsFile.read(dir);
        findings.inFile(DecisionsFile.FILE, decisions.problems());
        ListedEntriesFile.Loaded listed = ListedEntriesFile.read(dir);
        findings.inFile(ListedEntriesFile.FILE, listed.problems());
        progress.update(total, total, "Loaded");
        return result(new KnowledgeBase(name, List.copyOf(entities.values()), List.copyOf(articles.values()), checked,
                decisions.decisions(), listed.entries()));
    }

    private LoadResult result(KnowledgeBase kb) {
        return new LoadResult(dir, kb, findings.problems(), findings.damaged(), readOnly);
    }

    /** store.json: the format version (another than this program's makes the store read-only) and the name. */
    private String readStoreFile(String fallbackName) {
        Path file = dir.resolve(StoreLayout.STORE_FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            findings.aboutTheStore(new Problem(StoreLayout.STORE_FILE, 0, 0, "", "store.json is missing: every store "
                    + "needs one with its formatVersion (" + StoreLayout.FORMAT_VERSION + "); the next import writes "
                    + "a new one"));
            return fallbackName;
        }
        List<Problem> found = new ArrayList<>();
        String name = readStoreFile(file, found);
        findings.inFile(StoreLayout.STORE_FILE, found);
        return name == null || name.isBlank() ? fallbackName : name;
    }

    private String readStoreFile(Path file, List<Problem> found) {
        ParsedFile parsed = ParsedFile.read(dir, realDir, file, found);
        JsonObject root = parsed.root();
        FileProblems fp = parsed.problems();
        if (root == null) {
            readOnly = true;
            return null;
        }
        JsonFields fields = new JsonFields(fp);
        Integer version = fields.index(root, "formatVersion", "$");
        if (version == null) {
            readOnly = true;
        } else if (version != StoreLayout.FORMAT_VERSION) {
            readOnly = true;
            fp.add("$.formatVersion", "formatVersion " + version + " is not one this version of Dossier reads ("
                    + StoreLayout.FORMAT_VERSION + "); the store is opened read-only and may be incomplete");
        }
        String name = fields.optionalString(root, "name", "$");
        fp.locate();
        return name;
    }

    /** The store folder as the system names it: links are followed only to files inside it. */
    static Path realPath(Path dir) {
        return ParsedFile.realPath(dir);
    }

    private static void onOwnThread(Runnable work) {
        Thread t = new Thread(work, "dossier-list-articles");
        t.setDaemon(true);
        t.start();
    }
}
