package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.KnowledgeBase.MentionSummary;
import org.junit.jupiter.api.Test;

/** The look-ups the views need, computed once. */
class KnowledgeBaseTest {

    static final Entity DK = entity("denmark", "Denmark");
    static final Entity UA = entity("ukraine", "Ukraine");
    static final Entity RU = entity("russia", "Russia");

    /** Mentions deliberately out of text order, to show that "first" means first in the text. */
    static final Article A1 = new Article("a1", "One", null, null, null,
            List.of("Denmark backs Ukraine.", "Ukraine and Denmark."),
            List.of(new Mention("ukraine", 1, 0, 7, "Ukraine"),
                    new Mention("denmark", 0, 0, 7, "Denmark"),
                    new Mention("ukraine", 0, 14, 21, "Ukraine"),
                    new Mention("denmark", 1, 12, 19, "Denmark")));
    static final Article A2 = new Article("a2", "Two", null, null, null, List.of("Ukraine."),
            List.of(new Mention("ukraine", 0, 0, 7, "Ukraine")));

    static final Relation SUPPORTS = relation("r1", "denmark", "ukraine");
    static final Relation INVADED = relation("r2", "russia", "ukraine");
    static final Relation SELF = relation("r3", "ukraine", "ukraine");

    static final KnowledgeBase KB = new KnowledgeBase("test", List.of(DK, UA, RU), List.of(A1, A2),
            List.of(SUPPORTS, INVADED, SELF));

    @Test
    void relations_of_an_entity_include_those_where_it_is_subject_or_object_in_store_order() {
        assertEquals(List.of(SUPPORTS), KB.relationsOf("denmark"));
        assertEquals(List.of(SUPPORTS, INVADED, SELF), KB.relationsOf("ukraine"));
        assertEquals(List.of(INVADED), KB.relationsOf("russia"));
    }

    @Test
    void a_relation_of_an_entity_with_itself_is_listed_once() {
        assertEquals(1, KB.relationsOf("ukraine").stream().filter(r -> r == SELF).count());
    }

    @Test
    void other_gives_the_far_end_of_a_relation() {
        assertEquals("ukraine", SUPPORTS.other("denmark"));
        assertEquals("denmark", SUPPORTS.other("ukraine"));
    }

    @Test
    void mentions_of_an_entity_give_each_article_with_its_count_and_first_mention_in_the_text() {
        List<MentionSummary> ukraine = KB.mentionsOf("ukraine");
        assertEquals(2, ukraine.size());
        assertSame(A1, ukraine.get(0).article());
        assertEquals(2, ukraine.get(0).count());
        assertEquals(new Mention("ukraine", 0, 14, 21, "Ukraine"), ukraine.get(0).first());
        assertSame(A2, ukraine.get(1).article());
        assertEquals(1, ukraine.get(1).count());
    }

    @Test
    void summarise_orders_the_entities_of_an_article_by_first_mention() {
        assertEquals(List.of("denmark", "ukraine"), List.copyOf(KnowledgeBase.summarise(A1).keySet()));
    }

    @Test
    void mention_count_is_over_the_whole_store() {
        assertEquals(3, KB.mentionCount("ukraine"));
        assertEquals(2, KB.mentionCount("denmark"));
        assertEquals(0, KB.mentionCount("russia"));
        assertEquals(5, KB.totalMentions());
    }

    @Test
    void an_unknown_id_has_nothing_rather_than_failing() {
        assertNull(KB.entity("sweden"));
        assertNull(KB.article("a9"));
        assertEquals(List.of(), KB.relationsOf("sweden"));
        assertEquals(List.of(), KB.mentionsOf("sweden"));
        assertEquals(0, KB.mentionCount("sweden"));
    }

    @Test
    void entities_and_articles_are_found_by_id() {
        assertSame(UA, KB.entity("ukraine"));
        assertSame(A2, KB.article("a2"));
    }

    @Test
    void an_empty_knowledge_base_is_empty() {
        assertTrue(KnowledgeBase.empty("x").isEmpty());
        assertEquals("x", KnowledgeBase.empty("x").name());
        assertTrue(!KB.isEmpty());
    }

    @Test
    void adding_or_removing_many_entities_keeps_the_decisions_and_the_entries_for_review() {
        // withEntities (an entity list's import) used to drop the decisions: the next rejection then wrote a
        // decisions.json without the earlier ones.
        KnowledgeBase decided = KB.withDecisions(Decisions.NONE.withRejectedName("As I"))
                .withListedEntries(new ListedEntries(List.of(new ListedEntry("Oleg Deripaska", "person", null, null,
                        null, null, null, "list.csv"))));
        KnowledgeBase added = decided.withEntities(List.of(entity("sweden", "Sweden")));
        assertEquals(decided.decisions(), added.decisions());
        assertEquals(decided.listedEntries(), added.listedEntries());
        KnowledgeBase removed = added.withoutEntities(List.of("sweden"));
        assertEquals(decided.decisions(), removed.decisions());
        assertEquals(decided.listedEntries(), removed.listedEntries());
    }

    private static Entity entity(String id, String name) {
        return new Entity(id, "country", name, null, null, null, null, null);
    }

    private static Relation relation(String id, String subject, String object) {
        return new Relation(id, "rel", subject, object, null, null, null,
                List.of(new Evidence("a1", 0, 0, 22, "Denmark backs Ukraine.")));
    }
}
