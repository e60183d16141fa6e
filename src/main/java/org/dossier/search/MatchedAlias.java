package org.dossier.search;

import java.util.List;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.dossier.model.Entity;

/**
 * Which of an entity's aliases a query matched, so that a result found by "Зеленський" can say so. The name
 * and each alias are tried on their own, in one-document {@link MemoryIndex}es, with every term of the query.
 */
final class MatchedAlias {

    private static final String FIELD = "form";

    private MatchedAlias() {
    }

    /** The first alias any query term matches; null when the name matches, or neither does (the summary did). */
    static String of(Entity entity, List<QueryTerm> terms) {
        Query any = FieldQueries.anyOf(terms, FIELD);
        if (any == null || entity.aliases().isEmpty() || matches(entity.name(), any)) {
            return null;
        }
        return entity.aliases().stream().filter(alias -> matches(alias, any)).findFirst().orElse(null);
    }

    private static boolean matches(String form, Query query) {
        MemoryIndex index = new MemoryIndex();
        index.addField(FIELD, form, TextAnalysis.TEXT);
        return index.search(query) > 0f;
    }
}
