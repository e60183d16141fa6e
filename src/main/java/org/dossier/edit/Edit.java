package org.dossier.edit;

import java.util.Set;
import org.dossier.model.KnowledgeBase;

/**
 * One change a user makes to the knowledge base, as an object that can be done, undone and redone.
 * Edits hold the before and after of what they change, so undoing never needs to recompute anything.
 */
public interface Edit {

    /** What the edit does, for menus: "Undo " + description ("rename Denmark"). */
    String description();

    /**
     * Whether the knowledge base still holds what this edit was made against. It may not: the store can be
     * reloaded, with someone else's change, while the user was editing.
     */
    boolean appliesTo(KnowledgeBase kb);

    KnowledgeBase apply(KnowledgeBase kb);

    KnowledgeBase revert(KnowledgeBase kb);

    /** The store files (relative, as in Problem.file) that hold what this edit changes. */
    Set<String> files();
}
