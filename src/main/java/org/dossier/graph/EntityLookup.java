package org.dossier.graph;

import java.util.Locale;
import java.util.Optional;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;

/** Finds an entity by what a person types: its id, else its name or an alias, ignoring case. */
public final class EntityLookup {

    private EntityLookup() {
    }

    public static Optional<Entity> find(KnowledgeBase kb, String text) {
        Entity byId = kb.entity(text);
        if (byId != null) {
            return Optional.of(byId);
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return kb.entities().stream()
                .filter(e -> e.name().toLowerCase(Locale.ROOT).equals(wanted)
                        || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted)))
                .findFirst();
    }
}
