package org.dossier.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
        if (loaded.readOnly()) {
            throw new StoreException("the store '" + loaded.dir() + "' is open read-only: it could not be read fully"
                    + " or has another format version, so nothing is written to it");
        }
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
        Map<String, String> files = new LinkedHashMap<>();
        for (String relative : new java.util.TreeSet<>(relativeFiles)) {
            files.put(relative, text(kb, dir, relative));
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
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

    private static String text(KnowledgeBase kb, Path dir, String relative) throws StoreException {
        switch (relative) {
            case StoreLayout.STORE_FILE:
                return StoreJson.text(StoreJson.storeFile(kb.name()));
            case StoreLayout.ENTITIES_FILE:
                return StoreJson.text(StoreJson.entitiesFile(kb.entities()));
            case StoreLayout.RELATIONS_FILE:
                return StoreJson.text(StoreJson.relationsFile(kb.relations()));
            default:
                String prefix = StoreLayout.ARTICLES_DIR + "/";
                String id = relative.startsWith(prefix) && relative.endsWith(StoreLayout.JSON_SUFFIX)
                        ? relative.substring(prefix.length(), relative.length() - StoreLayout.JSON_SUFFIX.length())
                        : null;
                if (id == null || kb.article(id) == null) {
                    throw new StoreException("'" + relative + "' is not a file of this store");
                }
                return StoreJson.text(StoreJson.article(kb.article(id)));
        }
    }

    private static void save(KnowledgeBase kb, Path dir, Set<String> damaged) throws StoreException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(StoreLayout.STORE_FILE, StoreJson.text(StoreJson.storeFile(kb.name())));
        files.put(StoreLayout.ENTITIES_FILE, StoreJson.text(StoreJson.entitiesFile(kb.entities())));
        files.put(StoreLayout.RELATIONS_FILE, StoreJson.text(StoreJson.relationsFile(kb.relations())));
        for (Article a : kb.articles()) {
            files.put(StoreLayout.relative(dir, StoreLayout.articleFile(dir, a.id())), StoreJson.text(StoreJson.article(a)));
        }
        // Refuse before writing anything: a save stopped half-way would leave, say, new entities beside old
        // relations, a store that no longer agrees with itself.
        for (String relative : files.keySet()) {
            refuseIfDamaged(relative, damaged);
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            write(dir, file.getKey(), file.getValue());
        }
    }

    private static void refuseIfDamaged(String relative, Set<String> damaged) throws StoreException {
        if (damaged.contains(relative)) {
            throw new StoreException("'" + relative + "' is not overwritten: it had problems when the store was "
                    + "loaded, and writing it would lose what could not be read. Fix it by hand first.");
        }
    }

    private static void write(Path dir, String relative, String text) throws StoreException {
        Path file = dir.resolve(relative).normalize();
        if (!file.startsWith(dir.normalize())) {
            throw new StoreException("'" + relative + "' would be written outside the store folder");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                return;
            }
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new StoreException("'" + relative + "' could not be written: " + e.getMessage(), e);
        }
    }
}
