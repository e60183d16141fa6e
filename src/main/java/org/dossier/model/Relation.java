package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A typed, directed fact between two entities ("denmark party_to ua-dk-production-agreement"), backed by at
 * least one sentence that states it.
 *
 * @param date  when the relation came about, if the text says (may be null)
 * @param start from when it holds, if the text says (may be null)
 * @param end   until when it holds, if the text says (may be null)
 */
public record Relation(String id, String type, String subject, String object, PartialDate date,
                       PartialDate start, PartialDate end, List<Evidence> evidence) {

    public Relation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("relation " + id + " has no evidence");
        }
    }

    /** The other end of this relation seen from {@code entityId}. */
    public String other(String entityId) {
        return subject.equals(entityId) ? object : subject;
    }
}
