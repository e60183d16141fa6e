package org.dossier.search;

import java.util.List;
import java.util.Set;

/**
 * One part of a query that a result must satisfy: any of its alternatives (typed with OR), each alternative
 * being terms that must all match, or, for articles, a linked mention of one of {@code entityIds}: the
 * entities the typed words name.
 */
record Requirement(List<List<QueryTerm>> anyOf, Set<String> entityIds) {

    Requirement {
        anyOf = anyOf.stream().map(List::copyOf).toList();
        entityIds = Set.copyOf(entityIds);
    }

    List<QueryTerm> terms() {
        return anyOf.stream().flatMap(List::stream).toList();
    }
}
