package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StoreWriter#saveChanges}: only what changed is written, and never over what could not be read. */
class IncrementalSaveTest {

    @TempDir
    Path temp;

    @Test
    void adding_an_article_writes_its_file_and_nothing_else() throws Exception {
        TestStore store = TestStore.in(temp);
        LoadResult loaded = store.load();
        Map<String, byte[]> before = StoreWriterTest.contents(store.dir());
        StoreWriter.saveChanges(withArticle(loaded.knowledgeBase(), article("a3", "Denmark helps.")), loaded);
        Map<String, byte[]> after = StoreWriterTest.contents(store.dir());
        Set<String> added = new TreeSet<>(after.keySet());
        added.removeAll(before.keySet());
        assertEquals(Set.of("articles/a3.json"), added, "no backup: no existing file was rewritten");
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
        LoadResult again = store.load();
        assertEquals(List.of(), again.problems());
        assertEquals(article("a3", "Denmark helps."), again.knowledgeBase().article("a3"));
    }

    @Test
    void a_changed_entity_list_rewrites_entities_json_but_no_article() throws Exception {
        TestStore store = TestStore.in(temp);
        LoadResult loaded = store.load();
        KnowledgeBase kb = loaded.knowledgeBase();
        List<Entity> entities = new ArrayList<>(kb.entities());
        entities.add(new Entity("sweden", "country", "Sweden", null, null, null, null, null));
        StoreWriter.saveChanges(new KnowledgeBase(kb.name(), entities, kb.articles(), kb.relations()), loaded);
        assertEquals(List.of(".backups/entities.json"), backups(store.dir()), "only the rewritten file's backup");
        assertEquals(4, store.load().knowledgeBase().entities().size());
    }

    @Test
    void the_result_is_the_baseline_of_the_next_save_so_nothing_is_written_twice() throws Exception {
        TestStore store = TestStore.in(temp);
        LoadResult loaded = store.load();
        KnowledgeBase more = withArticle(loaded.knowledgeBase(), article("a3", "Denmark helps."));
        LoadResult saved = StoreWriter.saveChanges(more, loaded);
        assertEquals(more, saved.knowledgeBase());
        Files.delete(store.file("articles/a3.json"));
        StoreWriter.saveChanges(more, saved);
        assertTrue(Files.notExists(store.file("articles/a3.json")), "a3 was already saved, so it is not written again");
    }

    @Test
    void an_empty_folder_becomes_a_store_with_its_store_json() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("new"));
        LoadResult loaded = StoreReader.load(dir);
        StoreWriter.saveChanges(withArticle(loaded.knowledgeBase(), article("a1", "Text.")), loaded);
        LoadResult again = StoreReader.load(dir);
        assertEquals(List.of(), again.problems());
        assertEquals("new", again.knowledgeBase().name());
        assertEquals(1, again.knowledgeBase().articles().size());
    }

    @Test
    void a_save_that_would_touch_a_damaged_file_writes_nothing() throws Exception {
        TestStore store = TestStore.in(temp).replace(TestStore.ENTITIES, "\"name\": \"Ukraine\"", "\"name\": 7");
        LoadResult loaded = store.load();
        Map<String, byte[]> before = StoreWriterTest.contents(store.dir());
        KnowledgeBase kb = loaded.knowledgeBase();
        List<Entity> entities = new ArrayList<>(kb.entities());
        entities.add(new Entity("ukraine", "country", "Ukraine", null, null, null, null, null));
        KnowledgeBase edited = withArticle(new KnowledgeBase(kb.name(), entities, kb.articles(), kb.relations()),
                article("a3", "Text."));
        StoreException e = assertThrows(StoreException.class, () -> StoreWriter.saveChanges(edited, loaded));
        assertTrue(e.getMessage().startsWith("'entities.json' is not overwritten"), e.getMessage());
        assertEquals(before.keySet(), StoreWriterTest.contents(store.dir()).keySet());
    }

    @Test
    void a_new_article_never_replaces_a_file_the_store_did_not_load() throws Exception {
        TestStore store = TestStore.in(temp);
        LoadResult loaded = store.load();
        store.write("articles/a3.json", "written by someone else after loading");
        StoreException e = assertThrows(StoreException.class,
                () -> StoreWriter.saveChanges(withArticle(loaded.knowledgeBase(), article("a3", "Text.")), loaded));
        assertTrue(e.getMessage().contains("was not part of the store"), e.getMessage());
        assertEquals("written by someone else after loading", store.read("articles/a3.json"));
    }

    @Test
    void a_read_only_store_is_not_written() {
        TestStore store = TestStore.in(temp).replace(TestStore.STORE, "\"formatVersion\": 1", "\"formatVersion\": 9");
        LoadResult loaded = store.load();
        KnowledgeBase more = withArticle(loaded.knowledgeBase(), article("a3", "Text."));
        assertThrows(StoreException.class, () -> StoreWriter.saveChanges(more, loaded));
        assertTrue(Files.notExists(store.file("articles/a3.json")));
    }

    @Test
    void the_same_data_is_always_saved_as_the_same_bytes() throws Exception {
        KnowledgeBase kb = withArticle(TestStore.in(temp).load().knowledgeBase(), article("a3", "Denmark’s Україна."));
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        StoreWriter.save(kb, first);
        StoreWriter.save(StoreReader.load(first).knowledgeBase(), second);
        Map<String, byte[]> a = StoreWriterTest.contents(first);
        Map<String, byte[]> b = StoreWriterTest.contents(second);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((file, bytes) -> assertArrayEquals(bytes, b.get(file), file));
    }

    static Article article(String id, String text) {
        return new Article(id, "Title of " + id, "test", null, null, List.of(text),
                text.startsWith("Denmark") ? List.of(new Mention("denmark", 0, 0, 7, "Denmark")) : List.of());
    }

    private static KnowledgeBase withArticle(KnowledgeBase kb, Article article) {
        List<Article> articles = new ArrayList<>(kb.articles());
        articles.add(article);
        return new KnowledgeBase(kb.name(), kb.entities(), articles, kb.relations());
    }

    private static List<String> backups(Path dir) throws IOException {
        return StoreWriterTest.contents(dir).keySet().stream().filter(f -> f.startsWith(".backups/")).toList();
    }
}
