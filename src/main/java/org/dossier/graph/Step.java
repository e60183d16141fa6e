package org.dossier.graph;

import org.dossier.model.Relation;

/**
 * One step of a path: from one entity to the next over a relation, which may point either way.
 *
 * @param forward true when the relation's subject is {@code from} (read "from — type — to")
 */
public record Step(String from, String to, Relation relation, boolean forward) {
}
