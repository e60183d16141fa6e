package org.dossier.store;

import static org.dossier.store.TestStore.assertPlainWords;
import static org.dossier.store.TestStore.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids: unique, well-formed, and for articles the same as the file name. */
class IdRulesTest {

    @TempDir
    Path temp;

    @Test
    void a_duplicate_entity_id_keeps_the_first_and_reports_the_second() {
        LoadResult result = TestStore.in(temp).replace(TestStore.ENTITIES,
                "\"signed\": \"2024-06\"}\n    }",
                "\"signed\": \"2024-06\"}\n    },\n    {\"id\": \"deal\", \"kind\": \"event\", \"name\": \"Another deal\"}").load();
        Problem p = onlyProblem(result);
        assertEquals("entities.json", p.file());
        assertEquals("$.entities[3].id", p.path());
        assertEquals(21, p.line());
        assertEquals("duplicate id 'deal': entity 2 already has it; this one is left out", p.message());
        assertEquals("agreement", result.knowledgeBase().entity("deal").kind());
        assertEquals(List.of("denmark", "ukraine", "deal"), result.knowledgeBase().entities().stream().map(Entity::id).toList());
    }

    @Test
    void an_article_whose_id_is_not_its_file_name_is_left_out() {
        // A copy of a1 saved as a0.json: read first, it must not shadow the real a1.
        LoadResult result = TestStore.in(temp).write("articles/a0.json", TestStore.A1_JSON).load();
        Problem p = onlyProblem(result);
        assertEquals("articles/a0.json", p.file());
        assertEquals("$.id", p.path());
        assertEquals(2, p.line());
        assertEquals("the article's id 'a1' does not match its file name 'a0.json'", p.message());
        assertEquals(List.of("a1", "a2"), result.knowledgeBase().articles().stream().map(Article::id).toList());
        assertEquals(Set.of("articles/a0.json"), result.damagedFiles());
    }

    @Test
    void two_files_claiming_the_same_article_id_give_one_article() {
        LoadResult result = TestStore.in(temp).write("articles/a3.json", TestStore.A1_JSON).load();
        assertEquals("articles/a3.json", onlyProblem(result).file());
        assertEquals(2, result.knowledgeBase().articles().size());
        assertEquals(TestStore.in(temp.resolve("clean")).load().knowledgeBase().article("a1"),
                result.knowledgeBase().article("a1"));
    }

    @Test
    void an_entity_id_with_capitals_is_not_valid() {
        LoadResult result = TestStore.in(temp).replace(TestStore.ENTITIES, "\"id\": \"deal\"", "\"id\": \"Deal\"").load();
        Problem p = result.problems().get(0);
        assertEquals("$.entities[2].id", p.path());
        assertEquals(15, p.line());
        assertTrue(p.message().startsWith("'Deal' is not a valid id: "), p.message());
        assertPlainWords(p.message());
    }

    @Test
    void an_article_file_whose_name_is_not_a_valid_id_is_reported() {
        LoadResult result = TestStore.in(temp)
                .write("articles/My Article.json", TestStore.A2_JSON.replace("\"a2\"", "\"My Article\"")).load();
        Problem p = onlyProblem(result);
        assertEquals("articles/My Article.json", p.file());
        assertEquals("$.id", p.path());
        assertTrue(p.message().startsWith("'My Article' is not a valid id"), p.message());
    }

    @Test
    void a_duplicate_relation_id_keeps_the_first() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.RELATIONS, "\"id\": \"ukraine--party_to--deal\"", "\"id\": \"denmark--supports--ukraine\"")
                .load();
        Problem p = onlyProblem(result);
        assertEquals("relations.json", p.file());
        assertEquals("$.relations[1].id", p.path());
        assertEquals(14, p.line());
        assertEquals("duplicate relation id 'denmark--supports--ukraine'; this one is left out", p.message());
        assertEquals("supports", result.knowledgeBase().relations().get(0).type());
        assertEquals(1, result.knowledgeBase().relations().size());
    }
}
