package org.dossier.edit;

import java.text.Normalizer;
import java.util.Locale;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreLayout;

/** Ids for entities a user creates: made from the name, unique in the store, and valid as a store id. */
public final class EntityIds {

    private EntityIds() {
    }

    /** "Kyiv Oblast" → "kyiv-oblast", "kyiv-oblast-2" if taken; letters outside a–z are dropped after folding accents. */
    public static String forName(KnowledgeBase kb, String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String base = folded.isEmpty() ? "entity" : folded.length() > 100 ? folded.substring(0, 100) : folded;
        String id = base;
        for (int n = 2; kb.entity(id) != null || !StoreLayout.isValidId(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
