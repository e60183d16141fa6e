package org.dossier.discovery;

import java.util.List;
import org.dossier.model.Evidence;
import org.dossier.model.PartialDate;

/**
 * A relation the articles state between two entities, proposed with every sentence that states it. Never without
 * a sentence.
 *
 * @param date       when it happened, at the precision the text gives (null when it does not, or for a state
 *                   such as {@code president_of})
 * @param confidence how likely the sentences state this relation, from 0 to 1
 */
public record RelationSuggestion(String subject, String type, String object, PartialDate date,
                                 List<Evidence> evidence, double confidence) {

    public RelationSuggestion {
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a relation suggestion needs a sentence");
        }
    }

    /** The id the relation gets when accepted: {@code subject--type--object}, the store's convention. */
    public String relationId() {
        return subject + "--" + type + "--" + object;
    }
}
