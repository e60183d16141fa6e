package org.dossier.store;

import static org.dossier.store.TestStore.assertPlainWords;
import static org.dossier.store.TestStore.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store folder itself: there, not there, a file, empty, without store.json. */
class StoreFolderTest {

    @TempDir
    Path temp;

    @Test
    void the_test_store_is_valid() {
        LoadResult result = TestStore.in(temp).load();
        assertEquals(List.of(), result.problems());
        assertEquals("Test store", result.knowledgeBase().name());
        assertEquals(List.of("denmark", "ukraine", "deal"), result.knowledgeBase().entities().stream().map(Entity::id).toList());
        assertEquals(List.of("a1", "a2"), result.knowledgeBase().articles().stream().map(Article::id).toList());
        assertEquals(2, result.knowledgeBase().relations().size());
        assertFalse(result.readOnly());
        assertEquals(Set.of(), result.damagedFiles());
    }

    @Test
    void a_missing_folder_is_reported_against_the_folder_and_gives_an_empty_store() {
        Path missing = temp.resolve("nowhere");
        LoadResult result = StoreReader.load(missing);
        Problem p = onlyProblem(result);
        assertEquals(".", p.file());
        assertEquals("", p.path());
        assertEquals(0, p.line());
        assertEquals("the store folder '" + missing.toAbsolutePath() + "' does not exist", p.message());
        assertPlainWords(p.message());
        assertTrue(result.knowledgeBase().isEmpty());
    }

    @Test
    void a_file_given_as_the_folder_is_reported_as_a_file() throws Exception {
        Path file = Files.writeString(temp.resolve("store.json"), "{}");
        Problem p = onlyProblem(StoreReader.load(file));
        assertEquals(".", p.file());
        assertEquals("'" + file.toAbsolutePath() + "' is a file, not a store folder", p.message());
        assertPlainWords(p.message());
    }

    @Test
    void an_empty_folder_is_a_valid_empty_store_named_after_the_folder() throws Exception {
        Path empty = Files.createDirectory(temp.resolve("new-store"));
        LoadResult result = StoreReader.load(empty);
        assertEquals(List.of(), result.problems());
        assertTrue(result.knowledgeBase().isEmpty());
        assertEquals("new-store", result.knowledgeBase().name());
        assertFalse(result.readOnly());
    }

    @Test
    void a_missing_store_json_is_reported_and_everything_else_still_loads() {
        TestStore store = TestStore.in(temp).delete(TestStore.STORE);
        LoadResult result = store.load();
        Problem p = onlyProblem(result);
        assertEquals("store.json", p.file());
        assertEquals("", p.path());
        assertTrue(p.message().startsWith("store.json is missing"), p.message());
        assertPlainWords(p.message());
        assertEquals(3, result.knowledgeBase().entities().size());
        assertEquals(2, result.knowledgeBase().articles().size());
        assertEquals(2, result.knowledgeBase().relations().size());
        assertEquals("store", result.knowledgeBase().name(), "named after its folder");
        assertFalse(result.readOnly(), "saving writes the missing file");
    }

    @Test
    void missing_entity_and_relation_files_mean_none_of_them() {
        TestStore store = TestStore.in(temp).delete(TestStore.RELATIONS).delete(TestStore.A1).delete(TestStore.A2);
        LoadResult result = store.load();
        assertEquals(List.of(), result.problems());
        assertEquals(3, result.knowledgeBase().entities().size());
        assertTrue(result.knowledgeBase().relations().isEmpty());
    }
}
