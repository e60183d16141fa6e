package org.dossier.importer;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dossier.store.StoreLayout;

/**
 * Ids for imported articles, made from their titles: "Ukraine and Denmark Sign a Deal" becomes
 * "ukraine-and-denmark-sign-a-deal". Always valid ids (so always a file inside the store, whatever the
 * title: "../../x" gives "x") and never one the store or this import already uses.
 */
final class ArticleIds {

    /** Long enough to tell headlines apart, short enough for a file name. */
    static final int MAX_SLUG = 80;
    static final String FALLBACK = "article";

    private final Set<String> taken;
    private final Path storeDir;

    ArticleIds(Set<String> taken) {
        this(taken, null);
    }

    /** @param storeDir the store folder whose article files count as taken ids, or null */
    ArticleIds(Set<String> taken, Path storeDir) {
        this.taken = new HashSet<>(taken);
        this.storeDir = storeDir;
    }

    /** A new id for an article with this title, taken from now on. */
    String next(String title) {
        String base = slug(title);
        String id = base;
        for (int n = 2; isTaken(id); n++) {
            id = base + "-" + n;
        }
        if (!StoreLayout.isValidId(id)) {
            throw new IllegalStateException("made an invalid id '" + id + "' from '" + title + "'");
        }
        taken.add(id);
        return id;
    }

    private boolean isTaken(String id) {
        return taken.contains(id) || storeDir != null && StoreLayout.isValidId(id)
                && Files.exists(StoreLayout.articleFile(storeDir, id), LinkOption.NOFOLLOW_LINKS);
    }

    /** Lower-case ASCII letters and digits joined by '-'; accents dropped; "article" when nothing is left. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            int cut = slug.lastIndexOf('-', MAX_SLUG);
            slug = slug.substring(0, cut > MAX_SLUG / 2 ? cut : MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }
}
