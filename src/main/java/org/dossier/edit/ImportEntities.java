package org.dossier.edit;

import java.util.List;
import java.util.Set;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreLayout;

/**
 * Adds the entities of an entity list and merges others into the entities that already had their names, in one step
 * however many there are (an entity list may hold thousands). Undoing removes the added ones and gives the merged ones
 * back as they were.
 *
 * @param added  the new entities
 * @param before the merged entities as they were
 * @param after  the same entities with what the list added (aliases, a summary, facts), in the same order
 */
public record ImportEntities(List<Entity> added, List<Entity> before, List<Entity> after) implements Edit {

    public ImportEntities {
        added = List.copyOf(added);
        before = List.copyOf(before);
        after = List.copyOf(after);
        if (before.size() != after.size()) {
            throw new IllegalArgumentException("every merged entity needs its before and after");
        }
    }

    @Override
    public String description() {
        return "import of " + (added.size() + after.size()) + (added.size() + after.size() == 1 ? " entity" : " entities");
    }

    @Override
    public boolean appliesTo(KnowledgeBase kb) {
        return added.stream().allMatch(e -> kb.entity(e.id()) == null)
                && before.stream().allMatch(e -> e.equals(kb.entity(e.id())));
    }

    @Override
    public KnowledgeBase apply(KnowledgeBase kb) {
        List<Entity> changed = new java.util.ArrayList<>(after);
        changed.addAll(added);
        return kb.withEntities(changed);
    }

    @Override
    public KnowledgeBase revert(KnowledgeBase kb) {
        KnowledgeBase restored = before.isEmpty() ? kb : kb.withEntities(before);
        return added.isEmpty() ? restored : restored.withoutEntities(added.stream().map(Entity::id).toList());
    }

    @Override
    public Set<String> files() {
        return Set.of(StoreLayout.ENTITIES_FILE);
    }

}
