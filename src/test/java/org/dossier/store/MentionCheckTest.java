package org.dossier.store;

import static org.dossier.store.TestStore.assertPlainWords;
import static org.dossier.store.TestStore.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mentions are checked against the text and the entities: a bad one is reported on its line and left out;
 * the article and its other mentions stay.
 */
class MentionCheckTest {

    @TempDir
    Path temp;

    @Test
    void a_mention_of_an_unknown_entity_is_reported() {
        LoadResult result = TestStore.in(temp).replace(TestStore.A1, "\"entity\": \"deal\"", "\"entity\": \"the-deal\"").load();
        Problem p = onlyProblem(result);
        assertEquals("articles/a1.json", p.file());
        assertEquals("$.mentions[4].entity", p.path());
        assertEquals(14, p.line());
        assertEquals(16, p.column());
        assertEquals("the mention points to entity 'the-deal', which is not in entities.json", p.message());
        assertKeptAllBut(result, 4);
        assertEquals(Set.of("articles/a1.json"), result.damagedFiles());
    }

    @Test
    void a_span_outside_the_paragraph_is_reported_with_the_paragraph_length() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.A1, "\"start\": 30, \"end\": 36", "\"start\": 30, \"end\": 99").load();
        Problem p = onlyProblem(result);
        assertEquals("$.mentions[2]", p.path());
        assertEquals(12, p.line());
        assertEquals("the span 30..99 lies outside paragraph 0, which is 51 characters long", p.message());
        assertKeptAllBut(result, 2);
    }

    @Test
    void a_mention_in_a_paragraph_that_does_not_exist_is_reported() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.A1, "\"paragraph\": 1, \"start\": 26", "\"paragraph\": 2, \"start\": 26").load();
        Problem p = onlyProblem(result);
        assertEquals("$.mentions[4]", p.path());
        assertEquals("paragraph 2 does not exist: article 'a1' has 2 paragraphs (numbered from 0)", p.message());
        assertKeptAllBut(result, 4);
    }

    @Test
    void an_empty_or_reversed_span_is_reported() {
        Problem p = onlyProblem(TestStore.in(temp)
                .replace(TestStore.A1, "\"start\": 0, \"end\": 7", "\"start\": 7, \"end\": 0").load());
        assertEquals("the span 7..0 is empty or reversed (start must be less than end)", p.message());
    }

    @Test
    void a_span_whose_text_does_not_match_is_reported_with_both_texts() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.A1, "\"start\": 0, \"end\": 7", "\"start\": 0, \"end\": 6").load();
        Problem p = onlyProblem(result);
        assertEquals("$.mentions[0]", p.path());
        assertEquals(10, p.line());
        assertEquals("the mention says 'Denmark' but the text at 0..6 of paragraph 0 is 'Denmar'", p.message());
        assertKeptAllBut(result, 0);
    }

    @Test
    void a_mention_that_is_not_a_surface_form_of_its_entity_is_reported_with_the_forms() {
        LoadResult result = TestStore.in(temp).replace(TestStore.A1, "{\"entity\": \"ukraine\", \"paragraph\": 0",
                "{\"entity\": \"denmark\", \"paragraph\": 0").load();
        Problem p = onlyProblem(result);
        assertEquals("$.mentions[1].text", p.path());
        assertEquals(11, p.line());
        assertEquals("'Ukraine' is not a name, alias, demonym or reference phrase of 'denmark' (Denmark, Danish)",
                p.message());
        assertPlainWords(p.message());
        assertKeptAllBut(result, 1);
    }

    @Test
    void a_possessive_of_a_surface_form_is_accepted() {
        LoadResult result = TestStore.in(temp).load();
        assertEquals(List.of(), result.problems());
        assertEquals("Ukraine's", result.knowledgeBase().article("a1").mentions().get(3).text());
    }

    @Test
    void overlapping_mentions_keep_the_first_and_report_the_later() {
        LoadResult result = TestStore.in(temp).replace(TestStore.A1, "\"text\": \"the deal\"}",
                "\"text\": \"the deal\"},\n    {\"entity\": \"ukraine\", \"paragraph\": 1, \"start\": 0, \"end\": 7, \"text\": \"Ukraine\"}")
                .load();
        Problem p = onlyProblem(result);
        assertEquals("articles/a1.json", p.file());
        assertEquals("$.mentions[5]", p.path());
        assertEquals(15, p.line());
        assertEquals("the mention 'Ukraine' overlaps the mention 'Ukraine's' in paragraph 1", p.message());
        assertEquals(5, result.knowledgeBase().article("a1").mentions().size());
        assertEquals("Ukraine's", result.knowledgeBase().article("a1").mentions().get(3).text());
    }

    @Test
    void after_a_mention_left_out_while_reading_the_later_problems_name_their_own_place() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.A1, "\"start\": 0, \"end\": 7", "\"start\": -5, \"end\": 7")
                .replace(TestStore.A1, "\"start\": 0, \"end\": 9", "\"start\": 0, \"end\": 100000")
                .replace(TestStore.A1, "\"text\": \"the deal\"", "\"text\": \"Wrongtext\"").load();
        List<String> places = result.problems().stream().map(p -> p.line() + " " + p.path()).toList();
        assertEquals(List.of("10 $.mentions[0].start", "13 $.mentions[3]", "14 $.mentions[4]"), places);
        assertEquals(List.of("Ukraine", "Danish"), result.knowledgeBase().article("a1").mentions().stream()
                .map(Mention::text).toList(), "the valid mentions 1 and 2 are kept");
    }

    /** The article is there with every mention of the test store except {@code left}. */
    private static void assertKeptAllBut(LoadResult result, int left) {
        List<Mention> all = TestStore.in(result.dir().getParent().resolve("clean")).load()
                .knowledgeBase().article("a1").mentions();
        Article a1 = result.knowledgeBase().article("a1");
        List<Mention> expected = new java.util.ArrayList<>(all);
        expected.remove(left);
        assertEquals(expected, a1.mentions());
        assertEquals(2, result.knowledgeBase().articles().size());
    }
}
