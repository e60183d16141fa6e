package org.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeping the index up to date when the store changes. */
class UpdateTest {

    @TempDir
    Path cache;

    private static List<String> ids(SearchIndex index, String query) {
        return index.search(query, 10).articles().stream().map(ArticleHit::id).toList();
    }

    @Test
    void added_changed_and_removed_articles_are_searched_as_they_now_are() {
        KnowledgeBase kb = SearchFixtures.knowledgeBase();
        List<Article> articles = new ArrayList<>(IndexCacheTest.replaceParagraph(kb.articles(), SearchFixtures.GRAIN,
                "Ships carrying wheat left Odesa."));
        articles.removeIf(a -> a.id().equals(SearchFixtures.SUMMIT));
        articles.add(SearchFixtures.article("new", "Drones for the front", "2024-05", List.of("Denmark funds drones.")));
        try (SearchIndex index = SearchIndex.open(kb, cache)) {
            index.update(SearchFixtures.withArticles(articles));
            assertEquals(List.of(SearchFixtures.GRAIN), ids(index, "wheat"));
            assertEquals(List.of(), ids(index, "\"carrying grain\""));
            assertEquals(List.of(), ids(index, "brasilia"));
            assertEquals(List.of("new"), ids(index, "drones"));
            assertEquals(java.util.Set.of("new", SearchFixtures.PRODUCTION), java.util.Set.copyOf(ids(index, "denmark")));
        }
    }

    @Test
    void a_changed_entity_is_found_by_its_new_alias_and_its_mentions_follow() {
        KnowledgeBase kb = SearchFixtures.knowledgeBase();
        List<Entity> entities = new ArrayList<>(kb.entities());
        entities.set(1, SearchFixtures.entity("herman-smetanin", "person", "Herman Smetanin", "Minister.", "Сметанін Герман", "Minister Smetanin"));
        try (SearchIndex index = SearchIndex.open(kb, cache)) {
            index.update(new KnowledgeBase("test", entities, kb.articles(), List.of()));
            assertEquals("Minister Smetanin", index.search("\"minister smetanin\"", 5).entities().get(0).matchedAlias());
            assertEquals(List.of(), index.search("\"Герман Сметанін\"", 5).entities());
            assertEquals(List.of(SearchFixtures.PRODUCTION), ids(index, "Сметанін Герман"));
            assertEquals("Сметанін Герман", index.quickSwitch("сметанін", 5).get(0).matched());
        }
    }

    @Test
    void an_updated_index_is_found_again_for_the_new_content_without_rebuilding() {
        KnowledgeBase kb = SearchFixtures.knowledgeBase();
        KnowledgeBase smaller = SearchFixtures.withArticles(kb.articles().subList(0, 2));
        Path folder;
        try (SearchIndex index = SearchIndex.open(kb, cache)) {
            index.update(smaller);
            folder = index.folder();
        }
        try (SearchIndex index = SearchIndex.open(smaller, cache)) {
            assertEquals(folder, index.folder());
            assertEquals(List.of(), ids(index, "brasilia"));
        }
    }

    @Test
    void searches_on_other_threads_go_on_while_the_index_is_updated() throws InterruptedException {
        KnowledgeBase kb = SearchFixtures.knowledgeBase();
        KnowledgeBase smaller = SearchFixtures.withArticles(kb.articles().subList(0, 3));
        try (SearchIndex index = SearchIndex.open(kb, cache)) {
            AtomicBoolean done = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                Thread reader = new Thread(() -> {
                    try {
                        while (!done.get()) {
                            List<String> found = ids(index, "denmark");
                            assertEquals(List.of(SearchFixtures.PRODUCTION), found);
                            index.quickSwitch("zelensky", 3);
                            index.hitsIn(SearchFixtures.PRODUCTION, "denmark");
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                });
                reader.start();
                readers.add(reader);
            }
            for (int i = 0; i < 10; i++) {
                index.update(i % 2 == 0 ? smaller : kb);
            }
            done.set(true);
            for (Thread reader : readers) {
                reader.join();
            }
            assertEquals(null, failure.get());
            assertEquals(List.of(SearchFixtures.SUMMIT), ids(index, "brasilia"));
        }
    }
}
