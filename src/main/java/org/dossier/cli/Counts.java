package org.dossier.cli;

import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;

/** How much a store holds: what {@code check} reports first. */
record Counts(int articles, int entities, int relations, int mentions) {

    static Counts of(KnowledgeBase kb) {
        int mentions = kb.articles().stream().map(Article::mentions).mapToInt(java.util.List::size).sum();
        return new Counts(kb.articles().size(), kb.entities().size(), kb.relations().size(), mentions);
    }

    /** "1 article, 13 entities, 16 relations, 49 mentions". */
    String sentence() {
        return Words.count(articles, "article", "articles") + ", "
                + Words.count(entities, "entity", "entities") + ", "
                + Words.count(relations, "relation", "relations") + ", "
                + Words.count(mentions, "mention", "mentions");
    }
}
