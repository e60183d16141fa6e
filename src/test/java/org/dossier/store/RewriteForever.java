package org.dossier.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;

/**
 * The writing process that {@link CrashSafetyTest} kills: in a JVM of its own, it saves one article of a store
 * again and again, alternating two versions, until it is killed. Says "ready" once the store is loaded.
 */
public final class RewriteForever {

    static final String ARTICLE = "a2";

    private RewriteForever() {
    }

    /** The short version, as in {@link TestStore}. */
    static Article oldVersion() {
        return new Article(ARTICLE, "Ukraine builds", null, null, null, List.of("Ukraine builds."),
                List.of(new Mention("ukraine", 0, 0, 7, "Ukraine")));
    }

    /** A long version (about 70 kB), so that a kill often lands while it is being written. */
    static Article newVersion() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            paragraphs.add("Ukraine builds more, paragraph " + i + ", with words enough to make the file long. "
                    + "Denmark pays for part of it, and the Danish view is clear.");
        }
        int denmark = paragraphs.get(499).indexOf("Denmark");
        return new Article(ARTICLE, "Ukraine builds more", null, null, null, paragraphs, List.of(
                new Mention("ukraine", 0, 0, 7, "Ukraine"), new Mention("denmark", 499, denmark, denmark + 7, "Denmark")));
    }

    public static void main(String[] args) throws Exception {
        LoadResult loaded = StoreReader.load(Path.of(args[0]));
        KnowledgeBase kb = loaded.knowledgeBase();
        KnowledgeBase[] versions = {with(kb, newVersion()), with(kb, oldVersion())};
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            loaded = StoreWriter.saveChanges(versions[i % 2], loaded);
        }
    }

    private static KnowledgeBase with(KnowledgeBase kb, Article article) {
        List<Article> articles = new ArrayList<>(kb.articles());
        articles.replaceAll(a -> a.id().equals(article.id()) ? article : a);
        return new KnowledgeBase(kb.name(), kb.entities(), articles, kb.relations());
    }
}
