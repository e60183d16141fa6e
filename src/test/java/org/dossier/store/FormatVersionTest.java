package org.dossier.store;

import static org.dossier.store.TestStore.assertPlainWords;
import static org.dossier.store.TestStore.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** store.json's formatVersion: a store of another version is shown but never written. */
class FormatVersionTest {

    @TempDir
    Path temp;

    @Test
    void an_unknown_format_version_makes_the_store_read_only_and_still_loads_it() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.STORE, "\"formatVersion\": 1", "\"formatVersion\": 2").load();
        Problem p = onlyProblem(result);
        assertEquals("store.json", p.file());
        assertEquals("$.formatVersion", p.path());
        assertEquals(2, p.line());
        assertEquals(20, p.column());
        assertEquals("formatVersion 2 is not one this version of Dossier reads (1); the store is opened read-only "
                + "and may be incomplete", p.message());
        assertPlainWords(p.message());
        assertTrue(result.readOnly());
        assertEquals(3, result.knowledgeBase().entities().size());
        assertEquals(2, result.knowledgeBase().articles().size());
        assertEquals("Test store", result.knowledgeBase().name());
    }

    @Test
    void a_format_version_given_as_text_makes_the_store_read_only() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.STORE, "\"formatVersion\": 1", "\"formatVersion\": \"1\"").load();
        Problem p = onlyProblem(result);
        assertEquals("$.formatVersion", p.path());
        assertEquals("'formatVersion' must be a whole number, not text (\"1\")", p.message());
        assertTrue(result.readOnly());
    }

    @Test
    void a_missing_format_version_makes_the_store_read_only() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.STORE, "\"formatVersion\": 1,\n", "").load();
        Problem p = onlyProblem(result);
        assertEquals("$", p.path());
        assertEquals("'formatVersion' is missing", p.message());
        assertTrue(result.readOnly());
    }

    @Test
    void an_unreadable_store_json_makes_the_store_read_only() {
        LoadResult result = TestStore.in(temp).write(TestStore.STORE, "{").load();
        assertTrue(result.readOnly());
        assertEquals("store.json", onlyProblem(result).file());
    }

    @Test
    void the_current_format_version_is_writable() {
        assertFalse(TestStore.in(temp).load().readOnly());
    }
}
