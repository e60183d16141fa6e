package org.dossier.edit;

import java.util.Objects;
import java.util.Set;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreLayout;

/** Changes an entity's name, aliases, summary or attributes; its id stays. */
public record ReplaceEntity(Entity before, Entity after) implements Edit {

    public ReplaceEntity {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("an edit keeps the entity's id");
        }
    }

    @Override
    public String description() {
        return before.name().equals(after.name()) ? "edit of " + before.name()
                : "rename of " + before.name() + " to " + after.name();
    }

    @Override
    public boolean appliesTo(KnowledgeBase kb) {
        return before.equals(kb.entity(before.id()));
    }

    @Override
    public KnowledgeBase apply(KnowledgeBase kb) {
        return kb.withEntity(after);
    }

    @Override
    public KnowledgeBase revert(KnowledgeBase kb) {
        return kb.withEntity(before);
    }

    @Override
    public Set<String> files() {
        return Set.of(StoreLayout.ENTITIES_FILE);
    }
}
