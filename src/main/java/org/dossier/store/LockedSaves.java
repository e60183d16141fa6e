package org.dossier.store;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;

/**
 * The saves of a program that keeps a store open without holding its lock, as the window does (it may stay open for
 * days, and a command-line import must still be possible meanwhile). Each save takes the {@link StoreLock} for as long
 * as it writes, and under it checks that no file it would write was changed on disk since this program last read or
 * wrote it ({@link FileStamps}): such a file is reloaded, never overwritten.
 */
public final class LockedSaves {

    /** Hears when a save has to wait for another writer, and when it no longer does. */
    public interface Waiting {
        Waiting NONE = new Waiting() {
            @Override
            public void started(String message) {
            }

            @Override
            public void ended() {
            }
        };

        /** The save waits: "the store is being changed by another Dossier (pid 4711): waiting…". */
        void started(String message);

        /** The save that waited has the lock now, or gave up. */
        void ended();
    }

    private final Duration maxWait;
    private final Waiting waiting;

    public LockedSaves(Duration maxWait, Waiting waiting) {
        this.maxWait = maxWait;
        this.waiting = waiting;
    }

    /**
     * Writes the named files of {@code kb} (an edit's), unless one of them changed on disk since {@code known}
     * recorded it: then nothing is written, and those files are returned, sorted.
     *
     * @param known the stamps of what this program read and wrote; null when not taken yet (nothing is compared)
     */
    public List<String> saveFiles(KnowledgeBase kb, LoadResult target, Collection<String> files, FileStamps known)
            throws StoreException {
        try (StoreLock lock = lock(target.dir())) {
            List<String> theirs = known == null ? List.of()
                    : files.stream().filter(known::changedOnDisk).sorted().toList();
            if (!theirs.isEmpty()) {
                return theirs;
            }
            StoreWriter.saveFiles(kb, target, files);
            if (known != null) {
                files.forEach(known::record);
            }
            return List.of();
        }
    }

    /**
     * Saves an import made against {@code baseline}: new article files (and store.json, when it is missing). Under
     * the lock, {@code freeIds} first gives another id to each new article whose file another writer created
     * meanwhile, so that nothing of theirs is overwritten and nothing of this import is lost.
     *
     * @return the store as it is now on disk as far as this program wrote it (its knowledge base holds the ids the
     *         articles were saved under)
     */
    public LoadResult saveImport(KnowledgeBase imported, LoadResult baseline, UnaryOperator<KnowledgeBase> freeIds,
                                 FileStamps known) throws StoreException {
        Path dir = baseline.dir();
        try (StoreLock lock = lock(dir)) {
            KnowledgeBase kb = freeIds.apply(imported);
            List<String> written = new ArrayList<>();
            if (!Files.exists(dir.resolve(StoreLayout.STORE_FILE), LinkOption.NOFOLLOW_LINKS)) {
                written.add(StoreLayout.STORE_FILE);
            }
            for (Article a : kb.articles()) {
                if (baseline.knowledgeBase().article(a.id()) == null) {
                    written.add(StoreLayout.relative(dir, StoreLayout.articleFile(dir, a.id())));
                }
            }
            LoadResult saved = StoreWriter.saveChanges(kb, baseline);
            if (known != null) {
                // Only what this save wrote: another writer's new files stay unknown, so they are reloaded.
                written.forEach(known::record);
            }
            return saved;
        }
    }

    private StoreLock lock(Path dir) throws StoreException {
        boolean[] waited = {false};
        try {
            return StoreLock.acquire(dir, maxWait, message -> {
                waited[0] = true;
                waiting.started(message);
            });
        } finally {
            if (waited[0]) {
                waiting.ended();
            }
        }
    }
}
