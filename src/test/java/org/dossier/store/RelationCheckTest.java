package org.dossier.store;

import static org.dossier.store.TestStore.assertPlainWords;
import static org.dossier.store.TestStore.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relations must join known entities and be backed by a sentence that is really in an article. */
class RelationCheckTest {

    private static final String FIRST_EVIDENCE =
            "{\"article\": \"a1\", \"paragraph\": 0, \"start\": 0, \"end\": 25, \"quote\": \"Denmark supports Ukraine.\"}";

    @TempDir
    Path temp;

    @Test
    void a_relation_with_an_unknown_subject_is_left_out() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.RELATIONS, "\"subject\": \"denmark\"", "\"subject\": \"sweden\"").load();
        Problem p = onlyProblem(result);
        assertEquals("relations.json", p.file());
        assertEquals("$.relations[0].subject", p.path());
        assertEquals(6, p.line());
        assertEquals("the subject 'sweden' is not an entity in entities.json", p.message());
        assertOnlyRelation(result, "ukraine--party_to--deal");
        assertEquals(Set.of("relations.json"), result.damagedFiles());
    }

    @Test
    void after_evidence_left_out_while_reading_a_later_problem_names_its_own_place() {
        LoadResult result = TestStore.in(temp).replace(TestStore.RELATIONS, FIRST_EVIDENCE,
                "{\"article\": \"a1\", \"paragraph\": -1, \"start\": 0, \"end\": 25, \"quote\": \"x\"},\n"
                        + FIRST_EVIDENCE.replace("Denmark supports", "Sweden supports")).load();
        List<String> places = result.problems().stream().map(p -> p.line() + " " + p.path()).toList();
        assertEquals(List.of("10 $.relations[0].evidence[0].paragraph", "11 $.relations[0].evidence[1]",
                "9 $.relations[0].evidence"), places);
    }

    @Test
    void a_relation_with_an_unknown_object_is_left_out() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.RELATIONS, "\"object\": \"deal\"", "\"object\": \"the-deal\"").load();
        Problem p = onlyProblem(result);
        assertEquals("$.relations[1].object", p.path());
        assertEquals(17, p.line());
        assertEquals("the object 'the-deal' is not an entity in entities.json", p.message());
        assertOnlyRelation(result, "denmark--supports--ukraine");
    }

    @Test
    void a_relation_with_an_empty_evidence_list_is_left_out() {
        LoadResult result = TestStore.in(temp).replace(TestStore.RELATIONS, FIRST_EVIDENCE, "").load();
        Problem p = onlyProblem(result);
        assertEquals("$.relations[0].evidence", p.path());
        assertEquals(9, p.line());
        assertEquals("a relation needs at least one evidence sentence; this one has none", p.message());
        assertOnlyRelation(result, "ukraine--party_to--deal");
    }

    @Test
    void a_relation_without_an_evidence_field_is_left_out() {
        LoadResult result = TestStore.in(temp).replace(TestStore.RELATIONS,
                "\"start\": \"2022\",\n      \"evidence\": [\n        " + FIRST_EVIDENCE + "\n      ]",
                "\"start\": \"2022\"").load();
        Problem p = onlyProblem(result);
        assertEquals("$.relations[0]", p.path());
        assertEquals(3, p.line());
        assertEquals("'evidence' is missing (a list is expected)", p.message());
        assertOnlyRelation(result, "ukraine--party_to--deal");
    }

    @Test
    void evidence_citing_an_unknown_article_is_reported_and_the_relation_left_out() {
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.RELATIONS, FIRST_EVIDENCE, FIRST_EVIDENCE.replace("\"a1\"", "\"a9\"")).load();
        assertEquals(2, result.problems().size());
        Problem cited = result.problems().get(0);
        assertEquals("$.relations[0].evidence[0]", cited.path());
        assertEquals(10, cited.line());
        assertEquals("the evidence cites article 'a9', which is not in the store", cited.message());
        Problem left = result.problems().get(1);
        assertEquals("$.relations[0].evidence", left.path());
        assertEquals("the relation is left out: none of its evidence can be found in the store", left.message());
        assertPlainWords(left.message());
        assertOnlyRelation(result, "ukraine--party_to--deal");
    }

    @Test
    void evidence_with_a_wrong_quote_is_reported_with_the_real_text() {
        LoadResult result = TestStore.in(temp).replace(TestStore.RELATIONS, "\"quote\": \"Denmark supports Ukraine.\"",
                "\"quote\": \"Denmark supports Ukraine!\"").load();
        assertEquals(2, result.problems().size());
        Problem p = result.problems().get(0);
        assertEquals("$.relations[0].evidence[0]", p.path());
        assertEquals(10, p.line());
        assertEquals("the quote says 'Denmark supports Ukraine!' but the text at 0..25 of paragraph 0 is "
                + "'Denmark supports Ukraine.'", p.message());
        assertOnlyRelation(result, "ukraine--party_to--deal");
    }

    @Test
    void a_relation_keeps_its_valid_evidence_when_another_is_wrong() {
        String wrong = FIRST_EVIDENCE.replace("\"end\": 25", "\"end\": 26");
        LoadResult result = TestStore.in(temp)
                .replace(TestStore.RELATIONS, FIRST_EVIDENCE, wrong + ",\n        " + FIRST_EVIDENCE).load();
        Problem p = onlyProblem(result);
        assertEquals("$.relations[0].evidence[0]", p.path());
        Relation supports = result.knowledgeBase().relations().get(0);
        assertEquals(1, supports.evidence().size());
        assertEquals(25, supports.evidence().get(0).end());
        assertEquals(2, result.knowledgeBase().relations().size());
    }

    private static void assertOnlyRelation(LoadResult result, String id) {
        assertEquals(List.of(id), result.knowledgeBase().relations().stream().map(Relation::id).toList());
        assertEquals(3, result.knowledgeBase().entities().size());
        assertEquals(2, result.knowledgeBase().articles().size());
    }
}
