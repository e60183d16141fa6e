package org.dossier.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;

/**
 * The names and aliases of a store's entities, in every script they are stored in, reduced to a normal form
 * (lower case, diacritics folded, punctuation dropped) so that what a user types can be recognised as naming
 * an entity: "Зеленський", "zelenskyy" and "Volodymyr Zelenskyy" all name {@code volodymyr-zelensky}.
 */
final class EntityNames {

    private final KnowledgeBase kb;
    private final Map<String, Set<String>> idsByForm = new HashMap<>();
    private int longestForm;

    EntityNames(KnowledgeBase kb) {
        this.kb = kb;
        for (Entity entity : kb.entities()) {
            for (String form : IndexDocuments.forms(entity)) {
                List<String> words = TextAnalysis.labelWords(form);
                if (!words.isEmpty()) {
                    idsByForm.computeIfAbsent(String.join(" ", words), k -> new LinkedHashSet<>()).add(entity.id());
                    longestForm = Math.max(longestForm, words.size());
                }
            }
        }
    }

    /** The entities whose name or an alias is {@code text}, ignoring case, diacritics and punctuation. */
    Set<String> named(String text) {
        return idsByForm.getOrDefault(TextAnalysis.normalForm(text), Set.of());
    }

    /** What an {@code entity:} filter means: the entity with this id, else those with this name or alias. */
    Set<String> resolve(String value) {
        return kb.entity(value) != null ? Set.of(value) : named(value);
    }

    /** The most words any name or alias has: how far ahead to look for a name in a run of plain words. */
    int longestForm() {
        return longestForm;
    }

    /** The entity's name and aliases, for highlighting where the text names it. */
    List<String> formsOf(String id) {
        Entity entity = kb.entity(id);
        return entity == null ? List.of() : IndexDocuments.forms(entity);
    }
}
