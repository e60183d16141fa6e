package org.dossier.edit;

import java.util.Objects;
import java.util.Set;
import org.dossier.model.Decisions;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.DecisionsFile;

/**
 * Rejects a suggestion (or several): the store's decisions before and after, written to decisions.json like any
 * other edit's file, so that a rejected name never comes back, and undoing the rejection offers it again.
 */
public record ChangeDecisions(String description, Decisions before, Decisions after) implements Edit {

    public ChangeDecisions {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Never suggest {@code name} again. */
    public static ChangeDecisions rejectName(KnowledgeBase kb, String name) {
        return new ChangeDecisions("rejection of “" + name + "”", kb.decisions(),
                kb.decisions().withRejectedName(name));
    }

    /** Never suggest this relation again (nor, for a symmetric type, its reverse). */
    public static ChangeDecisions rejectRelation(KnowledgeBase kb, Decisions.RelationKey relation) {
        return new ChangeDecisions("rejection of " + relation.subject() + " " + relation.type() + " "
                + relation.object(), kb.decisions(), kb.decisions().withRejectedRelation(relation));
    }

    @Override
    public boolean appliesTo(KnowledgeBase kb) {
        return kb.decisions().equals(before);
    }

    @Override
    public KnowledgeBase apply(KnowledgeBase kb) {
        return kb.withDecisions(after);
    }

    @Override
    public KnowledgeBase revert(KnowledgeBase kb) {
        return kb.withDecisions(before);
    }

    @Override
    public Set<String> files() {
        return Set.of(DecisionsFile.FILE);
    }
}
