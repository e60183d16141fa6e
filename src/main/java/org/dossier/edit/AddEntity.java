package org.dossier.edit;

import java.util.Objects;
import java.util.Set;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreLayout;

/** Creates an entity (from a selection or a suggestion). Undoing removes it again. */
public record AddEntity(Entity entity) implements Edit {

    public AddEntity {
        Objects.requireNonNull(entity, "entity");
    }

    @Override
    public String description() {
        return "creation of " + entity.name();
    }

    @Override
    public boolean appliesTo(KnowledgeBase kb) {
        return kb.entity(entity.id()) == null;
    }

    @Override
    public KnowledgeBase apply(KnowledgeBase kb) {
        return kb.withEntity(entity);
    }

    @Override
    public KnowledgeBase revert(KnowledgeBase kb) {
        return kb.withoutEntity(entity.id());
    }

    @Override
    public Set<String> files() {
        return Set.of(StoreLayout.ENTITIES_FILE);
    }
}
