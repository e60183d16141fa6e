package org.dossier.store;

import static org.dossier.store.TestStore.assertPlainWords;
import static org.dossier.store.TestStore.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that cannot be read as one strict JSON object: each is reported where the trouble is, marked
 * damaged so that it is never overwritten, and the other files still load.
 */
class UnreadableFileTest {

    @TempDir
    Path temp;

    @Test
    void a_malformed_json_file_is_reported_with_its_line_and_column() {
        // The comma after "denmark" is missing: line 5 is '      "kind": "country",', its quote in column 7.
        TestStore store = TestStore.in(temp).replace(TestStore.ENTITIES, "\"id\": \"denmark\",", "\"id\": \"denmark\"");
        LoadResult result = store.load();
        Problem p = result.problems().get(0);
        assertEquals("entities.json", p.file());
        assertEquals("", p.path());
        assertEquals(5, p.line());
        assertEquals(7, p.column());
        assertTrue(p.message().startsWith("the file is not valid JSON: "), p.message());
        assertPlainWords(p.message());
        assertTrue(result.damagedFiles().contains("entities.json"));
        assertEquals(2, result.knowledgeBase().articles().size(), "the articles still load");
    }

    @Test
    void a_trailing_comma_is_reported_where_the_closing_bracket_is() {
        TestStore store = TestStore.in(temp).replace(TestStore.STORE, "\"name\": \"Test store\"", "\"name\": \"Test store\",");
        Problem p = onlyProblem(store.load());
        assertEquals("store.json", p.file());
        assertEquals(4, p.line());
        assertEquals(1, p.column());
        assertPlainWords(p.message());
    }

    @Test
    void a_comment_or_single_quotes_are_reported_in_plain_words() {
        TestStore store = TestStore.in(temp).write(TestStore.A2, "// draft\n" + TestStore.A2_JSON);
        Problem p = onlyProblem(store.load());
        assertEquals("articles/a2.json", p.file());
        assertEquals(1, p.line());
        assertEquals(1, p.column());
        assertPlainWords(p.message());
        TestStore quoted = TestStore.in(temp.resolve("quoted")).replace(TestStore.A2, "\"title\": \"Ukraine builds\"",
                "'title': 'Ukraine builds'");
        Problem q = onlyProblem(quoted.load());
        assertEquals(3, q.line());
        assertEquals(3, q.column());
        assertPlainWords(q.message());
    }

    @Test
    void a_file_that_ends_too_early_is_reported_in_plain_words() {
        String cut = TestStore.A2_JSON.substring(0, TestStore.A2_JSON.indexOf("\"paragraphs\""));
        Problem p = onlyProblem(TestStore.in(temp).write(TestStore.A2, cut).load());
        assertEquals("articles/a2.json", p.file());
        assertTrue(p.message().contains("ends"), p.message());
        assertPlainWords(p.message());
    }

    @Test
    void trailing_garbage_after_the_json_value_is_reported_where_it_starts() {
        TestStore store = TestStore.in(temp).write(TestStore.STORE, TestStore.STORE_JSON + "x\n");
        Problem p = onlyProblem(store.load());
        assertEquals("store.json", p.file());
        assertEquals(5, p.line());
        assertEquals(1, p.column());
        assertEquals("the file has more after its JSON value ends", p.message());
        assertTrue(store.load().damagedFiles().contains("store.json"));
    }

    @Test
    void a_second_json_object_after_the_first_is_trailing_garbage() {
        TestStore store = TestStore.in(temp).write(TestStore.A2, TestStore.A2_JSON + TestStore.A2_JSON);
        Problem p = onlyProblem(store.load());
        assertEquals("articles/a2.json", p.file());
        assertEquals(7, p.line());
        assertEquals("the file has more after its JSON value ends", p.message());
        assertEquals(List.of("a1"), store.load().knowledgeBase().articles().stream().map(Article::id).toList());
    }

    @Test
    void a_file_that_is_not_utf8_is_reported_and_the_rest_of_the_store_loads() {
        byte[] latin1 = TestStore.A2_JSON.replace("Ukraine builds\"", "Ukraïne builds\"").getBytes(StandardCharsets.ISO_8859_1);
        LoadResult result = TestStore.in(temp).writeBytes(TestStore.A2, latin1).load();
        Problem p = onlyProblem(result);
        assertEquals("articles/a2.json", p.file());
        assertEquals("", p.path());
        assertEquals("the file is not UTF-8 text (is it binary, or saved in another encoding?)", p.message());
        assertEquals(Set.of("articles/a2.json"), result.damagedFiles());
        assertEquals(List.of("a1"), result.knowledgeBase().articles().stream().map(Article::id).toList());
        assertEquals(2, result.knowledgeBase().relations().size());
    }

    @Test
    void an_empty_file_is_reported_as_empty() {
        LoadResult result = TestStore.in(temp).write(TestStore.A2, "").load();
        Problem p = onlyProblem(result);
        assertEquals("articles/a2.json", p.file());
        assertEquals(1, p.line());
        assertEquals("the file is empty (a JSON object is expected)", p.message());
        assertEquals(Set.of("articles/a2.json"), result.damagedFiles());
        assertEquals(1, result.knowledgeBase().articles().size());
    }

    @Test
    void a_file_of_only_white_space_is_empty_too() {
        Problem p = onlyProblem(TestStore.in(temp).write(TestStore.RELATIONS, "\n  \n").load());
        assertEquals("relations.json", p.file());
        assertEquals("the file is empty (a JSON object is expected)", p.message());
    }

    @Test
    void a_file_holding_a_list_instead_of_an_object_is_reported() {
        LoadResult result = TestStore.in(temp).write(TestStore.RELATIONS, "[]\n").load();
        Problem p = onlyProblem(result);
        assertEquals("relations.json", p.file());
        assertEquals("$", p.path());
        assertEquals(1, p.line());
        assertEquals(1, p.column());
        assertEquals("the file must be a JSON object, not a list", p.message());
        assertEquals(Set.of("relations.json"), result.damagedFiles());
    }
}
