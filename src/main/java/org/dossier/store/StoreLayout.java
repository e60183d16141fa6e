package org.dossier.store;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Where a store keeps what, and the rules for names that become file names. */
public final class StoreLayout {

    /** The store format this version reads and writes. */
    public static final int FORMAT_VERSION = 1;
    public static final String STORE_FILE = "store.json";
    public static final String ENTITIES_FILE = "entities.json";
    public static final String RELATIONS_FILE = "relations.json";
    public static final String ARTICLES_DIR = "articles";
    public static final String JSON_SUFFIX = ".json";
    /** The file writers lock (see {@link StoreLock}); not part of the store's content. */
    public static final String LOCK_FILE = ".dossier.lock";
    /**
     * Where the previous version of each rewritten file is kept, under its store-relative name
     * ({@code .backups/articles/x.json}): one backup per file, out of {@code articles/}, never read as part of the store.
     */
    public static final String BACKUP_DIR = ".backups";

    /** Ids: lower-case letters and digits, with '-', '_' or '.' between them; at most 120 characters. */
    private static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9._-]{0,118}[a-z0-9])?");

    private StoreLayout() {
    }

    /** Whether {@code id} is a valid id; such an id can never name a path outside its folder. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches() && !id.contains("..");
    }

    /** The file of an article with a valid id. */
    public static Path articleFile(Path storeDir, String articleId) {
        if (!isValidId(articleId)) {
            throw new IllegalArgumentException("'" + articleId + "' is not a valid article id");
        }
        return storeDir.resolve(ARTICLES_DIR).resolve(articleId + JSON_SUFFIX);
    }

    /** Where the backup of the store file {@code relative} ("articles/x.json") is kept. */
    public static Path backupFile(Path storeDir, String relative) {
        return storeDir.resolve(BACKUP_DIR).resolve(relative);
    }

    /**
     * Whether {@code dir} holds nothing but, maybe, the lock file a writer made: a new, empty store rather than one
     * whose store.json is missing.
     */
    public static boolean isEmptyFolder(Path dir) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            return files.allMatch(f -> f.getFileName().toString().equals(LOCK_FILE));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** "articles/x.json" for problems and messages: always with '/' whatever the platform. */
    public static String relative(Path storeDir, Path file) {
        return storeDir.relativize(file).toString().replace('\\', '/');
    }
}
