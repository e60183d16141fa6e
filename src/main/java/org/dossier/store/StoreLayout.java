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

    /** "articles/x.json" for problems and messages: always with '/' whatever the platform. */
    public static String relative(Path storeDir, Path file) {
        return storeDir.relativize(file).toString().replace('\\', '/');
    }
}
