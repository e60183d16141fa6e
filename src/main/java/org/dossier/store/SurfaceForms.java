package org.dossier.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Entity;

/**
 * Every entity's surface forms in lower case, built once per load, so checking a mention is a hash look-up
 * rather than a scan of all the entity's forms. Same rule as {@link Entity#isSurfaceForm}.
 */
final class SurfaceForms {

    private final Map<String, Set<String>> byEntity = new HashMap<>();
    private final Map<String, Set<String>> exactByEntity = new HashMap<>();

    SurfaceForms(Collection<Entity> entities) {
        for (Entity e : entities) {
            Set<String> forms = new HashSet<>();
            for (String form : e.surfaceForms()) {
                forms.add(form.toLowerCase(Locale.ROOT));
            }
            byEntity.put(e.id(), forms);
            exactByEntity.put(e.id(), new HashSet<>(e.surfaceForms()));
        }
    }

    /** Whether {@code text}, ignoring case and a possessive ending, is a form of the entity. */
    boolean matches(String entityId, String text) {
        Set<String> forms = byEntity.get(entityId);
        if (forms == null) {
            return false;
        }
        if (exactByEntity.get(entityId).contains(text)) {
            return true; // the usual case, without lower-casing
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return forms.contains(lower) || forms.contains(Entity.withoutPossessive(lower));
    }
}
