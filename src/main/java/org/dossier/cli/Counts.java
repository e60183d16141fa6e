package org.dossier.cli;

import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;

/** How much a store holds: what {@code check} reports first. */
record Counts(int articles, int entities, int relations, int mentions) {

    static Counts of(KnowledgeBase kb) {
        int mentions = kb.articles().stream().map(Article::mentions).mapToInt(java.util.List::size).sum();
        return new Counts(kb.articles().size(), kb.entities().size(), kb.relations().size(), mentions);
    }

    /** "1 article, 13 entities, 16 relations, 49 mentions". */
    String sentence() {
        return Plural.count(articles, "article", "articles") + ", "
                + Plural.count(entities, "entity", "entities") + ", "
                + Plural.count(relations, "relation", "relations") + ", "
                + Plural.count(mentions, "mention", "mentions");
    }
}
