package org.dossier.store;

import static org.dossier.store.TestStore.assertPlainWords;
import static org.dossier.store.TestStore.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key given twice in one object is reported at the second one, with its path; the last value is used (as in
 * JavaScript and most JSON tools), and the file counts as damaged, so it is never written over.
 */
class DuplicateKeyTest {

    @TempDir
    Path temp;

    /** The one problem of the load is the key given twice at {@code where} ("file:line:column: path"). */
    private static void assertOnlyDuplicate(LoadResult result, String where, String key) {
        assertEquals(where + ": the key '" + key + "' is given twice in this object; the last value is used",
                onlyProblem(result).toString());
    }

    @Test
    void a_format_version_given_twice_is_reported_and_the_last_one_counts() {
        LoadResult result = TestStore.in(temp).replace(TestStore.STORE, "\"formatVersion\": 1,",
                "\"formatVersion\": 1,\n  \"formatVersion\": 999,").load();
        Problem duplicate = result.problems().get(0);
        assertEquals("store.json:3:3: $.formatVersion: the key 'formatVersion' is given twice in this object;"
                + " the last value is used", duplicate.toString());
        assertPlainWords(duplicate.message());
        assertEquals("formatVersion 999 is not one this version of Dossier reads (1); the store is opened read-only"
                + " and may be incomplete", result.problems().get(1).message());
        assertTrue(result.readOnly());
    }

    @Test
    void a_second_title_is_reported_used_and_the_file_is_never_written_over() {
        LoadResult result = TestStore.in(temp).replace(TestStore.A1, "\"date\": \"2024-06-21\",",
                "\"date\": \"2024-06-21\",\n  \"title\": \"The second title\",").load();
        assertOnlyDuplicate(result, "articles/a1.json:5:3: $.title", "title");
        assertEquals("The second title", result.knowledgeBase().article("a1").title());
        assertEquals(Set.of("articles/a1.json"), result.damagedFiles());
    }

    @Test
    void a_key_given_twice_deep_inside_is_reported_with_its_path() {
        LoadResult result = TestStore.in(temp).replace(TestStore.A1, "\"start\": 17, \"end\": 24,",
                "\"start\": 17, \"end\": 24, \"start\": 17,").load();
        assertOnlyDuplicate(result, "articles/a1.json:11:67: $.mentions[1].start", "start");
    }

    @Test
    void a_duplicate_in_entities_json_is_reported_though_its_values_are_the_same() {
        LoadResult result = TestStore.in(temp).replace(TestStore.ENTITIES, "\"name\": \"Ukraine\"",
                "\"name\": \"Ukraine\", \"name\": \"Ukraine\"").load();
        assertOnlyDuplicate(result, "entities.json:12:26: $.entities[1].name", "name");
        assertEquals(Set.of("entities.json"), result.damagedFiles());
    }

    @Test
    void an_unknown_key_given_twice_is_reported_too() {
        LoadResult result = TestStore.in(temp).replace(TestStore.RELATIONS, "\"start\": \"2022\",",
                "\"start\": \"2022\", \"note\": {\"a\": 1, \"a\": 2},").load();
        assertEquals("$.relations[0].note.a", onlyProblem(result).path());
    }

    @Test
    void the_fast_readers_leave_a_file_with_a_duplicate_key_to_the_careful_reader() {
        for (String twice : List.of("\"id\": \"a2\", \"id\": \"a2\",", "\"id\": \"a2\", \"x\": 1, \"x\": 2,",
                "\"id\": \"a2\", \"x\": [{\"y\": 1, \"y\": 1}],")) {
            String text = TestStore.A2_JSON.replace("\"id\": \"a2\",", twice);
            assertNull(FastArticleParser.parse(text), twice);
        }
        assertNull(FastArticleParser.parse(TestStore.A2_JSON.replace("\"start\": 0,", "\"start\": 0, \"z\": 0, \"z\": 0,")));
        assertNotNull(FastArticleParser.parse(TestStore.A2_JSON));
        for (String twice : List.of("\"kind\": \"country\", \"kind\": \"country\",", "\"kind\": \"country\", \"summary\": null,"
                + " \"summary\": null,", "\"kind\": \"country\", \"x\": 1, \"x\": 1,")) {
            assertNull(FastEntityParser.parse(TestStore.ENTITIES_JSON.replace("\"kind\": \"country\",", twice)), twice);
        }
        assertNull(FastEntityParser.parse(TestStore.ENTITIES_JSON.replace("{\n  \"entities\"",
                "{\n  \"x\": 1, \"x\": 2, \"entities\"")));
        assertNotNull(FastEntityParser.parse(TestStore.ENTITIES_JSON));
    }
}
