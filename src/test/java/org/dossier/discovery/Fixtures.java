package org.dossier.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.linking.Linker;
import org.dossier.model.Article;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.PartialDate;
import org.dossier.model.Relation;

/** Small hand-made stores for discovery tests: articles linked to the given entities as import links them. */
final class Fixtures {

    private Fixtures() {
    }

    static Entity entity(String id, String kind, String name, String... aliases) {
        return new Entity(id, kind, name, List.of(aliases), List.of(), List.of(), "", Map.of());
    }

    static Entity country(String id, String name, String iso, String... demonyms) {
        return new Entity(id, "country", name, List.of(), List.of(demonyms), List.of(), "",
                Map.of("iso3166", AttributeValue.of(iso)));
    }

    /** A store of the entities and one article per text (ids a1, a2…), each text one paragraph, dated 2022-03-02. */
    static KnowledgeBase store(List<Entity> entities, String... texts) {
        return store(entities, List.of(), texts);
    }

    static KnowledgeBase store(List<Entity> entities, List<Relation> relations, String... texts) {
        Linker linker = new Linker(entities);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Article a = new Article("a" + (i + 1), "Article " + (i + 1), "test", null, PartialDate.parse("2022-03-02"),
                    List.of(texts[i]), List.of());
            articles.add(linker.withLinks(a));
        }
        return new KnowledgeBase("test", entities, articles, relations);
    }

    static Analyses analyses() {
        return Analyses.english(AnalysisCache.none());
    }
}
