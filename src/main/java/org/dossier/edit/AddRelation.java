package org.dossier.edit;

import java.util.Objects;
import java.util.Set;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;
import org.dossier.store.StoreLayout;

/** Adds a relation with its evidence (an accepted suggestion). Undoing removes it again. */
public record AddRelation(Relation relation) implements Edit {

    public AddRelation {
        Objects.requireNonNull(relation, "relation");
    }

    @Override
    public String description() {
        return "relation " + relation.id();
    }

    @Override
    public boolean appliesTo(KnowledgeBase kb) {
        return kb.relation(relation.id()) == null && kb.entity(relation.subject()) != null
                && kb.entity(relation.object()) != null;
    }

    @Override
    public KnowledgeBase apply(KnowledgeBase kb) {
        return kb.withRelation(relation);
    }

    @Override
    public KnowledgeBase revert(KnowledgeBase kb) {
        return kb.withoutRelation(relation.id());
    }

    @Override
    public Set<String> files() {
        return Set.of(StoreLayout.RELATIONS_FILE);
    }
}
