package org.dossier.discovery;

import static org.dossier.discovery.Fixtures.country;
import static org.dossier.discovery.Fixtures.entity;
import static org.dossier.discovery.Fixtures.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.Decisions;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;
import org.junit.jupiter.api.Test;

/** Relation suggestions from hand-labelled sentences: each pattern, symmetric types, dates, evidence. */
class RelationFinderTest {

    private static final List<Entity> ENTITIES = List.of(country("ukraine", "Ukraine", "UA", "Ukrainian"),
            country("denmark", "Denmark", "DK"), country("poland", "Poland", "PL", "Polish"),
            entity("shmyhal", "person", "Denys Shmyhal"), entity("duda", "person", "Andrzej Duda"),
            entity("zelensky", "person", "Volodymyr Zelensky", "Zelensky"),
            entity("commission", "organization", "European Commission"),
            entity("von-der-leyen", "person", "Ursula von der Leyen"),
            entity("eu", "organization", "European Union"),
            entity("memo", "agreement", "Memorandum on Grain"));

    private static List<String> found(KnowledgeBase kb) {
        return RelationFinder.find(kb, Fixtures.analyses(), Decisions.NONE, 100).stream()
                .map(r -> r.subject() + " " + r.type() + " " + r.object()).toList();
    }

    @Test
    void role_appositions_give_the_role_of_the_person() {
        List<String> found = found(store(ENTITIES,
                "Prime Minister of Ukraine Denys Shmyhal opened the plant.",
                "Polish President Andrzej Duda arrived.",
                "He thanked President of the European Commission Ursula von der Leyen for the help."));
        assertTrue(found.contains("shmyhal prime_minister_of ukraine"), found.toString());
        assertTrue(found.contains("duda president_of poland"), found.toString());
        assertTrue(found.contains("von-der-leyen president_of commission"), found.toString());
    }

    @Test
    void a_meeting_in_both_directions_is_one_symmetric_suggestion_with_both_sentences() {
        List<RelationSuggestion> all = RelationFinder.find(store(ENTITIES,
                "Volodymyr Zelensky met with Andrzej Duda in Warsaw.",
                "Andrzej Duda met Volodymyr Zelensky again."), Fixtures.analyses(), Decisions.NONE, 100);
        List<RelationSuggestion> meetings = all.stream().filter(r -> r.type().equals("met_with")).toList();
        assertEquals(1, meetings.size(), all.toString());
        assertEquals("duda", meetings.get(0).subject(), "ends in id order");
        assertEquals(2, meetings.get(0).evidence().size());
    }

    @Test
    void verbs_between_two_entities_give_calls_signatures_and_support() {
        List<String> found = found(store(ENTITIES,
                "Volodymyr Zelensky had a phone conversation with Andrzej Duda.",
                "Poland signed the Memorandum on Grain.",
                "Denmark supports Ukraine.",
                "Andrzej Duda visited Denmark.",
                "Volodymyr Zelensky announced the Memorandum on Grain.",
                "Denmark visited Poland."));
        assertTrue(found.contains("duda visited denmark"), found.toString());
        assertTrue(found.contains("zelensky announced memo"), found.toString());
        assertFalse(found.contains("denmark visited poland"), "a country does not visit");
        assertTrue(found.contains("duda phone_call_with zelensky"), found.toString());
        assertTrue(found.contains("poland party_to memo"), found.toString());
        assertTrue(found.contains("denmark supports ukraine"), found.toString());
    }

    @Test
    void member_states_of_the_union_including_a_country_are_members() {
        List<String> found = found(store(ENTITIES,
                "We thank the member states of the European Union, including Denmark and Poland, for their help."));
        assertTrue(found.contains("denmark member_of eu"), found.toString());
        assertTrue(found.contains("poland member_of eu"), found.toString());
    }

    @Test
    void what_a_sentence_denies_or_only_wishes_is_not_proposed() {
        assertEquals(List.of(), found(store(ENTITIES, "Poland does not support Denmark.", "Poland must meet Denmark.")));
    }

    @Test
    void today_takes_the_articles_date_and_a_weekday_only_its_month() {
        RelationSuggestion today = RelationFinder.find(store(ENTITIES,
                "Today Volodymyr Zelensky met with Andrzej Duda."), Fixtures.analyses(), Decisions.NONE, 1).get(0);
        assertEquals("2022-03-02", today.date().iso());
        RelationSuggestion monday = RelationFinder.find(store(ENTITIES,
                "On Monday, Volodymyr Zelensky met with Andrzej Duda."), Fixtures.analyses(), Decisions.NONE, 1).get(0);
        assertEquals("2022", monday.date().iso(), "the week before 2 March 2022 runs into February: the year only");
        RelationSuggestion written = RelationFinder.find(store(ENTITIES,
                "On 24 February 2022, Volodymyr Zelensky met with Andrzej Duda."), Fixtures.analyses(), Decisions.NONE, 1).get(0);
        assertEquals("2022-02-24", written.date().iso());
    }

    @Test
    void a_relation_the_store_has_is_not_proposed_and_every_proposal_has_its_sentence() {
        KnowledgeBase kb = store(ENTITIES, "Denmark supports Ukraine. Polish President Andrzej Duda arrived.");
        String quote = "Denmark supports Ukraine.";
        Relation known = new Relation("denmark--supports--ukraine", "supports", "denmark", "ukraine", null, null, null,
                List.of(new Evidence("a1", 0, 0, quote.length(), quote)));
        List<RelationSuggestion> all = RelationFinder.find(new KnowledgeBase("t", kb.entities(), kb.articles(),
                List.of(known)), Fixtures.analyses(), Decisions.NONE, 100);
        assertTrue(all.stream().noneMatch(r -> r.type().equals("supports")), all.toString());
        for (RelationSuggestion r : all) {
            Evidence e = r.evidence().get(0);
            assertEquals(kb.article(e.article()).paragraphs().get(e.paragraph()).substring(e.start(), e.end()), e.quote());
        }
    }

    @Test
    void a_rejected_relation_is_not_proposed_again_in_either_direction_when_symmetric() {
        KnowledgeBase kb = store(ENTITIES, "Volodymyr Zelensky met with Andrzej Duda.", "Denmark supports Ukraine.");
        Decisions rejected = new Decisions(List.of(), List.of(new Decisions.RelationKey("zelensky", "met_with", "duda"),
                new Decisions.RelationKey("denmark", "supports", "ukraine")));
        assertEquals(List.of(), RelationFinder.find(kb, Fixtures.analyses(), rejected, 100));
    }

    @Test
    void the_evidence_is_the_whole_sentence_the_window_shows_abbreviations_and_all() {
        String sentence = "On Monday Volodymyr Zelensky met with Andrzej Duda in the U.S. capital, Mr. Smith said.";
        RelationSuggestion meeting = RelationFinder.find(store(ENTITIES, sentence + " Then they left."),
                Fixtures.analyses(), Decisions.NONE, 100).stream().filter(r -> r.type().equals("met_with"))
                .findFirst().orElseThrow();
        assertEquals(sentence, meeting.evidence().get(0).quote());
    }
}
