package org.dossier.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static void save(KnowledgeBase kb, Path dir, Set<String> damaged) throws StoreException {
        write(dir, StoreLayout.STORE_FILE, StoreJson.text(StoreJson.storeFile(kb.name())), damaged);
        write(dir, StoreLayout.ENTITIES_FILE, StoreJson.text(StoreJson.entitiesFile(kb.entities())), damaged);
        write(dir, StoreLayout.RELATIONS_FILE, StoreJson.text(StoreJson.relationsFile(kb.relations())), damaged);
        for (Article a : kb.articles()) {
            Path file = StoreLayout.articleFile(dir, a.id());
            write(dir, StoreLayout.relative(dir, file), StoreJson.text(StoreJson.article(a)), damaged);
        }
    }

    private static void write(Path dir, String relative, String text, Set<String> damaged) throws StoreException {
        if (damaged.contains(relative)) {
            throw new StoreException("'" + relative + "' is not overwritten: it had problems when the store was "
                    + "loaded, and writing it would lose what could not be read. Fix it by hand first.");
        }
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
