package org.dossier.bench;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;

/**
 * The same knowledge base in new strings, as if just read from disk. Opening a persisted index hashes the
 * store's text, and a string caches its hash: reopening with the strings the index was built from would skip
 * work that every real start-up does.
 */
final class FreshCopy {

    private FreshCopy() {
    }

    static KnowledgeBase of(KnowledgeBase kb) {
        List<Article> articles = new ArrayList<>(kb.articles().size());
        for (Article a : kb.articles()) {
            articles.add(new Article(fresh(a.id()), fresh(a.title()), a.source(), a.link(), a.date(),
                    a.paragraphs().stream().map(FreshCopy::fresh).toList(), a.mentions()));
        }
        return new KnowledgeBase(kb.name(), kb.entities(), articles, kb.relations());
    }

    /** {@code new String(s)} would share the original's cached hash; a copy of its characters does not. */
    private static String fresh(String s) {
        return new String(s.toCharArray());
    }
}
