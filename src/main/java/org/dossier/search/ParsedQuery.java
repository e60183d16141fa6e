package org.dossier.search;

import java.util.List;
import org.dossier.model.PartialDate;

/**
 * A query as the user meant it, before it becomes Lucene queries.
 *
 * @param required         every inner list must match; its terms are alternatives typed with OR
 * @param excluded         terms typed with a leading '-'
 * @param kinds            kind:… filters on entities (any of them)
 * @param entities         entity:… filters on articles, as typed (id, name or alias); each must match
 * @param before           before:… (articles published before this date begins), or null
 * @param after            after:… (articles published after this date ends), or null
 * @param notices          how parts that could not be read as typed were read, one clause each
 */
record ParsedQuery(List<List<QueryTerm>> required, List<QueryTerm> excluded, List<String> kinds,
                   List<String> excludedKinds, List<String> entities, List<String> excludedEntities,
                   PartialDate before, PartialDate after, List<String> notices) {

    ParsedQuery {
        required = required.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
        kinds = List.copyOf(kinds);
        excludedKinds = List.copyOf(excludedKinds);
        entities = List.copyOf(entities);
        excludedEntities = List.copyOf(excludedEntities);
        notices = List.copyOf(notices);
    }

    boolean hasDateFilter() {
        return before != null || after != null;
    }

    boolean filtersArticles() {
        return hasDateFilter() || !entities.isEmpty() || !excludedEntities.isEmpty();
    }

    boolean filtersEntities() {
        return !kinds.isEmpty() || !excludedKinds.isEmpty();
    }
}
