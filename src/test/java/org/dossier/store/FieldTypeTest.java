package org.dossier.store;

import static org.dossier.store.TestStore.assertPlainWords;
import static org.dossier.store.TestStore.onlyProblem;
import static org.dossier.store.TestStore.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values of the wrong type or missing: reported at their path and line, with the rest of the file kept. */
class FieldTypeTest {

    @TempDir
    Path temp;

    @Test
    void a_number_where_text_belongs_is_reported_and_the_rest_of_the_entity_kept() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.ENTITIES, "\"name\": \"Ukraine\"", "\"name\": \"Ukraine\",\n      \"summary\": 42")
                .load();
        Problem p = onlyProblem(result);
        assertEquals("entities.json", p.file());
        assertEquals("$.entities[1].summary", p.path());
        assertEquals(13, p.line());
        assertEquals(18, p.column());
        assertEquals("'summary' must be text, not a number (42)", p.message());
        assertEquals("", result.knowledgeBase().entity("ukraine").summary());
        assertEquals(Set.of("entities.json"), result.damagedFiles());
    }

    @Test
    void a_number_for_a_required_name_leaves_the_entity_out_and_keeps_the_others() {
        LoadResult result = TestStore.in(temp).replace(TestStore.ENTITIES, "\"name\": \"Production agreement\"",
                "\"name\": 7").load();
        Problem p = problemAt(result, "$.entities[2].name");
        assertEquals("entities.json", p.file());
        assertEquals(17, p.line());
        assertEquals("'name' must be text, not a number (7)", p.message());
        KnowledgeBase kb = result.knowledgeBase();
        assertEquals(List.of("denmark", "ukraine"), kb.entities().stream().map(Entity::id).toList());
        assertEquals(2, kb.articles().size());
        assertEquals(1, kb.relations().size(), "the relation to the missing entity is left out, the other kept");
    }

    @Test
    void a_string_where_a_list_belongs_is_reported() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.ENTITIES, "\"name\": \"Ukraine\"", "\"name\": \"Ukraine\",\n      \"aliases\": \"Україна\"")
                .load();
        Problem p = onlyProblem(result);
        assertEquals("entities.json", p.file());
        assertEquals("$.entities[1].aliases", p.path());
        assertEquals(13, p.line());
        assertEquals("'aliases' must be a list, not text (\"Україна\")", p.message());
        assertPlainWords(p.message());
        assertEquals(List.of(), result.knowledgeBase().entity("ukraine").aliases());
    }

    @Test
    void a_list_item_of_the_wrong_type_is_left_out_of_the_list() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.ENTITIES, "\"demonyms\": [\"Danish\"]", "\"demonyms\": [\"Danish\", 3]").load();
        Problem p = onlyProblem(result);
        assertEquals("$.entities[0].demonyms[1]", p.path());
        assertEquals(7, p.line());
        assertEquals("'demonyms item' must be text, not a number (3)", p.message());
        assertEquals(List.of("Danish"), result.knowledgeBase().entity("denmark").demonyms());
    }

    @Test
    void a_text_where_a_paragraph_list_belongs_leaves_the_article_out() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.A2, "\"paragraphs\": [\"Ukraine builds.\"]", "\"paragraphs\": \"Ukraine builds.\"")
                .load();
        Problem p = problemAt(result, "$.paragraphs");
        assertEquals("articles/a2.json", p.file());
        assertEquals(4, p.line());
        assertEquals("'paragraphs' must be a list, not text (\"Ukraine builds.\")", p.message());
        assertEquals(List.of("a1"), result.knowledgeBase().articles().stream().map(Article::id).toList());
        assertEquals(Set.of("articles/a2.json"), result.damagedFiles());
    }

    @Test
    void an_offset_given_as_text_leaves_only_that_mention_out() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.A1, "\"start\": 17, \"end\": 24", "\"start\": \"17\", \"end\": 24").load();
        Problem p = onlyProblem(result);
        assertEquals("articles/a1.json", p.file());
        assertEquals("$.mentions[1].start", p.path());
        assertEquals(11, p.line());
        assertEquals("'start' must be a whole number, not text (\"17\")", p.message());
        assertEquals(4, result.knowledgeBase().article("a1").mentions().size());
    }

    @Test
    void a_negative_or_fractional_offset_is_reported() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.A1, "\"start\": 17, \"end\": 24", "\"start\": -1, \"end\": 24.5").load();
        assertEquals("'start' must be a whole number from 0 to 2147483647, not -1",
                problemAt(result, "$.mentions[1].start").message());
        assertEquals("'end' must be a whole number from 0 to 2147483647, not 24.5",
                problemAt(result, "$.mentions[1].end").message());
    }

    @Test
    void a_number_too_large_is_refused_as_written_with_the_range_never_wrapped_or_rounded() {
        for (String number : new String[] {"4294967297", "2147483648", "9007199254740993", "1e400", "-1e400",
                "1.0000000000000000000001", "123456789012345678901234567890123456789012345678901234567890"}) {
            LoadResult result = TestStore.in(temp.resolve(Integer.toString(number.hashCode())))
                    .replace(TestStore.A1, "\"start\": 17, \"end\": 24", "\"start\": 17, \"end\": " + number).load();
            assertEquals("'end' must be a whole number from 0 to 2147483647, not " + number,
                    onlyProblem(result).message(), number);
            assertNull(FastArticleParser.parse(TestStore.A1_JSON.replace("\"end\": 24", "\"end\": " + number)),
                    "the fast reader leaves it to the careful one: " + number);
        }
        LoadResult exact = TestStore.in(temp.resolve("exact"))
                .replace(TestStore.A1, "\"start\": 17, \"end\": 24", "\"start\": 1.7e1, \"end\": 24.000").load();
        assertEquals(List.of(), exact.problems(), "whole numbers however written");
    }

    @Test
    void a_format_version_beyond_the_range_says_so() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.STORE, "\"formatVersion\": 1", "\"formatVersion\": 4294967297").load();
        assertEquals("'formatVersion' must be a whole number from 0 to 2147483647, not 4294967297",
                onlyProblem(result).message());
        assertTrue(result.readOnly());
    }

    @Test
    void a_missing_required_field_is_reported_on_its_object() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.A2, "  \"title\": \"Ukraine builds\",\n", "").load();
        Problem p = onlyProblem(result);
        assertEquals("articles/a2.json", p.file());
        assertEquals("$", p.path());
        assertEquals("'title' is missing", p.message());
        assertNull(result.knowledgeBase().article("a2"));
    }

    @Test
    void an_empty_required_text_is_reported() {
        Problem p = onlyProblem(TestStore.in(temp)
                .replace(TestStore.A2, "\"title\": \"Ukraine builds\"", "\"title\": \" \"").load());
        assertEquals("$.title", p.path());
        assertEquals("'title' is empty", p.message());
    }

    @Test
    void an_entity_that_is_not_an_object_is_reported_and_skipped() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.ENTITIES, "  \"entities\": [\n", "  \"entities\": [\n    \"sweden\",\n").load();
        Problem p = onlyProblem(result);
        assertEquals("$.entities[0]", p.path());
        assertEquals(3, p.line());
        assertEquals("an entity must be a JSON object, not text (\"sweden\")", p.message());
        assertEquals(3, result.knowledgeBase().entities().size());
        assertTrue(result.knowledgeBase().relations().size() == 2);
    }
}
