package org.dossier.importer;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreLayout;

/**
 * Imported articles whose id another writer has taken since they were made: the window imports without holding the
 * store's lock (a command-line import may run meanwhile), so just before saving, under the lock, each new article
 * whose file has appeared gets the next free id for its title, as if it had been imported after the other.
 */
public final class FreeIds {

    private FreeIds() {
    }

    /**
     * {@code updated} with every article that is not in {@code before} and whose file is already in
     * {@code storeDir} given a free id; {@code updated} itself when there is none.
     */
    public static KnowledgeBase resolve(KnowledgeBase updated, KnowledgeBase before, Path storeDir) {
        ArticleIds ids = null;
        List<Article> articles = new ArrayList<>(updated.articles().size());
        for (Article a : updated.articles()) {
            if (before.article(a.id()) == null
                    && Files.exists(StoreLayout.articleFile(storeDir, a.id()), LinkOption.NOFOLLOW_LINKS)) {
                if (ids == null) {
                    ids = new ArticleIds(idsOf(updated), storeDir);
                }
                a = new Article(ids.next(a.title()), a.title(), a.source(), a.link(), a.date(), a.body(), a.mentions());
            }
            articles.add(a);
        }
        return ids == null ? updated : new KnowledgeBase(updated.name(), updated.entities(), articles,
                updated.relations(), updated.decisions(), updated.listedEntries());
    }

    private static Set<String> idsOf(KnowledgeBase kb) {
        Set<String> ids = new HashSet<>();
        kb.articles().forEach(a -> ids.add(a.id()));
        return ids;
    }
}
