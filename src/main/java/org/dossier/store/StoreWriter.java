package org.dossier.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;

/**
 * Saves a knowledge base as a store folder, every file written atomically. Refuses to overwrite any file
 * that could not be read completely when the store was loaded, since that would lose what was skipped.
 */
public final class StoreWriter {

    private StoreWriter() {
    }

    /** Saves into a new or fully readable store. */
    public static void save(KnowledgeBase kb, Path dir) throws StoreException {
        save(kb, dir, Set.of());
    }

    /** Saves the result of a load back, protecting the files it reported as damaged. */
    public static void save(KnowledgeBase kb, LoadResult loaded) throws StoreException {
        refuseIfReadOnly(loaded);
        save(kb, loaded.dir(), loaded.damagedFiles());
    }

    /**
     * Writes only the named store files (e.g. "entities.json", "articles/x.json") from {@code kb}, as an edit
     * that touched only them needs; refuses, before writing anything, when the store is read-only or one of
     * them is damaged.
     */
    public static void saveFiles(KnowledgeBase kb, LoadResult loaded, java.util.Collection<String> relativeFiles)
            throws StoreException {
        String why = whyNotWritable(loaded, relativeFiles);
        if (why != null) {
            throw new StoreException(why);
        }
        Path dir = loaded.dir();
        Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
        for (String relative : new java.util.TreeSet<>(relativeFiles)) {
            files.put(relative, content(kb, relative));
        }
        for (Map.Entry<String, AtomicFiles.Content> file : files.entrySet()) {
            write(dir, file.getKey(), file.getValue());
        }
    }

    /** Why these files of a loaded store must not be written, or null when they may be. */
    public static String whyNotWritable(LoadResult loaded, java.util.Collection<String> relativeFiles) {
        if (loaded.readOnly()) {
            return "the store '" + loaded.dir() + "' is open read-only: it could not be read fully or has another"
                    + " format version, so nothing is written to it";
        }
        for (String relative : relativeFiles) {
            if (loaded.damagedFiles().contains(relative)) {
                return "'" + relative + "' is not overwritten: it had problems when the store was loaded, and "
                        + "writing it would lose what could not be read. Fix it by hand first.";
            }
        }
        return null;
    }

    private static AtomicFiles.Content content(KnowledgeBase kb, String relative) throws StoreException {
        switch (relative) {
            case StoreLayout.STORE_FILE:
                return text(StoreJson.storeFile(kb.name()));
            case StoreLayout.ENTITIES_FILE:
                return text(StoreJson.entitiesFile(kb.entities()));
            case StoreLayout.RELATIONS_FILE:
                return text(StoreJson.relationsFile(kb.relations()));
            case DecisionsFile.FILE:
                return text(DecisionsFile.json(kb.decisions()));
            case ListedEntriesFile.FILE:
                return text(ListedEntriesFile.json(kb.listedEntries()));
            default:
                String prefix = StoreLayout.ARTICLES_DIR + "/";
                String id = relative.startsWith(prefix) && relative.endsWith(StoreLayout.JSON_SUFFIX)
                        ? relative.substring(prefix.length(), relative.length() - StoreLayout.JSON_SUFFIX.length())
                        : null;
                if (id == null || kb.article(id) == null) {
                    throw new StoreException("'" + relative + "' is not a file of this store");
                }
                return article(kb.article(id));
        }
    }

    private static AtomicFiles.Content text(com.google.gson.JsonObject root) {
        byte[] bytes = StoreJson.text(root).getBytes(StandardCharsets.UTF_8);
        return out -> out.write(bytes);
    }

    private static AtomicFiles.Content article(Article a) {
        return out -> StoreJson.writeArticle(a, out);
    }

    private static void save(KnowledgeBase kb, Path dir, Set<String> damaged) throws StoreException {
        Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put(StoreLayout.STORE_FILE, text(StoreJson.storeFile(kb.name())));
        files.put(StoreLayout.ENTITIES_FILE, text(StoreJson.entitiesFile(kb.entities())));
        files.put(StoreLayout.RELATIONS_FILE, text(StoreJson.relationsFile(kb.relations())));
        for (Article a : kb.articles()) {
            files.put(articleFile(dir, a), article(a));
        }
        writeAll(dir, files, damaged);
    }

    /**
     * Saves only what differs from the store as it was loaded (or last saved): new and changed articles, and
     * entities.json, relations.json, listed-entries.json and store.json if their content changed (store.json also
     * when it is missing, as in a new store). Importing 50 articles into a store of 5,000 writes 50 files, not 5,005.
     * Articles missing from {@code updated} are not deleted. Every file is written atomically, and nothing at all
     * is written if any of those files was damaged when loaded, or if a new article would replace a file the
     * store did not load.
     *
     * @return the store as it is now on disk: pass it to the next call as {@code loaded}
     */
    public static LoadResult saveChanges(KnowledgeBase updated, LoadResult loaded) throws StoreException {
        refuseIfReadOnly(loaded);
        Path dir = loaded.dir();
        KnowledgeBase before = loaded.knowledgeBase();
        Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
        if (!updated.name().equals(before.name()) || !Files.exists(dir.resolve(StoreLayout.STORE_FILE))) {
            files.put(StoreLayout.STORE_FILE, text(StoreJson.storeFile(updated.name())));
        }
        if (!updated.entities().equals(before.entities())) {
            files.put(StoreLayout.ENTITIES_FILE, text(StoreJson.entitiesFile(updated.entities())));
        }
        if (!updated.relations().equals(before.relations())) {
            files.put(StoreLayout.RELATIONS_FILE, text(StoreJson.relationsFile(updated.relations())));
        }
        if (!updated.listedEntries().equals(before.listedEntries())) {
            files.put(ListedEntriesFile.FILE, text(ListedEntriesFile.json(updated.listedEntries())));
        }
        for (Article a : updated.articles()) {
            Article old = before.article(a.id());
            if (old == a || Objects.equals(old, a)) {
                continue;
            }
            String relative = articleFile(dir, a);
            if (old == null && Files.exists(dir.resolve(relative), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new StoreException("'" + relative + "' is not overwritten: the file is there but was not part "
                        + "of the store when it was loaded. Reload the store, or choose another id.");
            }
            files.put(relative, article(a));
        }
        writeAll(dir, files, loaded.damagedFiles());
        return new LoadResult(dir, updated, loaded.problems(), loaded.damagedFiles(), false);
    }

    private static String articleFile(Path dir, Article a) {
        return StoreLayout.relative(dir, StoreLayout.articleFile(dir, a.id()));
    }

    private static void writeAll(Path dir, Map<String, AtomicFiles.Content> files, Set<String> damaged)
            throws StoreException {
        // Refuse before writing anything: a save stopped half-way would leave, say, new entities beside old
        // relations, a store that no longer agrees with itself.
        for (String relative : files.keySet()) {
            refuseIfDamaged(relative, damaged);
        }
        for (Map.Entry<String, AtomicFiles.Content> file : files.entrySet()) {
            write(dir, file.getKey(), file.getValue());
        }
    }

    private static void refuseIfReadOnly(LoadResult loaded) throws StoreException {
        if (loaded.readOnly()) {
            throw new StoreException("the store '" + loaded.dir() + "' is open read-only: it could not be read fully"
                    + " or has another format version, so nothing is written to it");
        }
    }

    private static void refuseIfDamaged(String relative, Set<String> damaged) throws StoreException {
        if (damaged.contains(relative)) {
            throw new StoreException("'" + relative + "' is not overwritten: it had problems when the store was "
                    + "loaded, and writing it would lose what could not be read. Fix it by hand first.");
        }
    }

    /**
     * Writes one file atomically, streamed when it is new; an existing file is compared first and left alone when
     * its bytes are already these (so a save changes only what changed), and never replaced when it cannot be read
     * as a regular file of the store (a folder, a pipe, a link leading out of the store).
     */
    private static void write(Path dir, String relative, AtomicFiles.Content content) throws StoreException {
        Path file = dir.resolve(relative).normalize();
        if (!file.startsWith(dir.normalize())) {
            throw new StoreException("'" + relative + "' would be written outside the store folder");
        }
        try {
            if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                AtomicFiles.write(file, content, null);
                return;
            }
            byte[] now = BoundedFiles.read(file, dir.toRealPath(), BoundedFiles.STORE_FILE);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            content.writeTo(bytes);
            byte[] next = bytes.toByteArray();
            if (!java.util.Arrays.equals(now, next)) {
                AtomicFiles.write(file, next, StoreLayout.backupFile(dir, relative));
            }
        } catch (FileRefused e) {
            throw new StoreException("'" + relative + "' is not overwritten: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("'" + relative + "' could not be written: " + e.getMessage(), e);
        }
    }
}
