package org.dossier.store;

import static org.dossier.store.TestStore.assertPlainWords;
import static org.dossier.store.TestStore.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Set;
import org.dossier.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dates in articles, relations and date-valued attributes: an invalid one is dropped, what holds it stays. */
class DateCheckTest {

    @TempDir
    Path temp;

    @Test
    void an_invalid_article_date_is_reported_and_the_article_kept_without_it() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.A1, "\"date\": \"2024-06-21\"", "\"date\": \"2024-13-01\"").load();
        Problem p = onlyProblem(result);
        assertEquals("articles/a1.json", p.file());
        assertEquals("$.date", p.path());
        assertEquals(4, p.line());
        assertEquals("'2024-13-01' has month 13, which is not 01 to 12", p.message());
        assertNull(result.knowledgeBase().article("a1").date());
        assertEquals(5, result.knowledgeBase().article("a1").mentions().size());
        assertEquals(Set.of("articles/a1.json"), result.damagedFiles());
    }

    @Test
    void a_date_in_words_is_reported_with_the_forms_expected() {
        Problem p = onlyProblem(TestStore.in(temp)
                .replace(TestStore.A1, "\"date\": \"2024-06-21\"", "\"date\": \"21 June 2024\"").load());
        assertEquals("'21 June 2024' is not an ISO-8601 date (expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD)",
                p.message());
        assertPlainWords(p.message());
    }

    @Test
    void an_invalid_relation_date_is_reported_and_the_relation_kept_without_it() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.RELATIONS, "\"start\": \"2022\"", "\"start\": \"2022-02-30\"").load();
        Problem p = onlyProblem(result);
        assertEquals("relations.json", p.file());
        assertEquals("$.relations[0].start", p.path());
        assertEquals(8, p.line());
        assertEquals("'2022-02-30' has no such day in that month", p.message());
        assertNull(result.knowledgeBase().relations().get(0).start());
        assertEquals(2, result.knowledgeBase().relations().size());
    }

    @Test
    void an_invalid_date_attribute_is_dropped_and_the_entity_kept() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.ENTITIES, "\"signed\": \"2024-06\"", "\"signed\": \"June 2024\"").load();
        Problem p = onlyProblem(result);
        assertEquals("entities.json", p.file());
        assertEquals("$.entities[2].attributes.signed", p.path());
        assertEquals(19, p.line());
        assertNull(result.knowledgeBase().entity("deal").attribute("signed"));
        assertEquals("denmark, ukraine", result.knowledgeBase().entity("deal").attribute("parties").text());
    }

    @Test
    void a_day_without_year_is_a_valid_date() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.A1, "\"date\": \"2024-06-21\"", "\"date\": \"--06-21\"").load();
        assertEquals(java.util.List.of(), result.problems());
        assertEquals(PartialDate.parse("--06-21"), result.knowledgeBase().article("a1").date());
    }

    @Test
    void a_party_that_is_not_an_entity_is_reported() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.ENTITIES, "[\"denmark\", \"ukraine\"]", "[\"denmark\", \"sweden\"]").load();
        Problem p = onlyProblem(result);
        assertEquals("$.entities[2].attributes.parties", p.path());
        assertEquals(19, p.line());
        assertEquals("'sweden' is not the id of an entity in entities.json", p.message());
    }
}
