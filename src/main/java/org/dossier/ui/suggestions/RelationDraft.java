package org.dossier.ui.suggestions;

import java.util.Locale;
import org.dossier.discovery.RelationSuggestion;
import org.dossier.model.Decisions;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;

/**
 * One relation in the review queue, with the names of its ends as the store has them when it was proposed.
 *
 * @param subjectName the subject entity's name (its id if it is gone)
 * @param objectName  the object entity's name
 */
public record RelationDraft(RelationSuggestion proposed, String subjectName, String objectName) {

    static RelationDraft of(RelationSuggestion r, KnowledgeBase kb) {
        return new RelationDraft(r, nameOf(kb, r.subject()), nameOf(kb, r.object()));
    }

    private static String nameOf(KnowledgeBase kb, String id) {
        Entity e = kb.entity(id);
        return e == null ? id : e.name();
    }

    /** Which relation this is: subject, type and object. */
    public Decisions.RelationKey key() {
        return new Decisions.RelationKey(proposed.subject(), proposed.type(), proposed.object());
    }

    /** The type in words: "held_talks_with" → "held talks with". */
    public String verb() {
        return proposed.type().replace('_', ' ');
    }

    /** "Boris Johnson — prime minister of — United Kingdom". */
    public String statement() {
        return subjectName + " — " + verb() + " — " + objectName;
    }

    boolean matches(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || statement().toLowerCase(Locale.ROOT).contains(t);
    }
}
