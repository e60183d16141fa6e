package org.dossier.edit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreLayout;

/**
 * Ids for new entities, made from their names: by hand, accepted from a suggestion or imported from a list.
 * Unique in the store and valid as a store id.
 */
public final class EntityIds {

    /** Long enough to tell names apart, short enough to read in a file. */
    static final int MAX_LENGTH = 80;

    private EntityIds() {
    }

    /** "Kyiv Oblast" → "kyiv-oblast", "kyiv-oblast-2" if taken; letters outside a–z are dropped after folding accents. */
    public static String forName(KnowledgeBase kb, String name) {
        return forName(name, id -> kb.entity(id) != null);
    }

    /** An id from a name that {@code taken} does not hold, as above: for many entities made at once. */
    public static String forName(String name, Predicate<String> taken) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String base = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        base = base.isEmpty() ? "entity" : base;
        String id = base;
        for (int n = 2; taken.test(id) || !StoreLayout.isValidId(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
