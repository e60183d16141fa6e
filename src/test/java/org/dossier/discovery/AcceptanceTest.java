package org.dossier.discovery;

import static org.dossier.discovery.Fixtures.country;
import static org.dossier.discovery.Fixtures.entity;
import static org.dossier.discovery.Fixtures.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.edit.Edit;
import org.dossier.model.Decisions;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.junit.jupiter.api.Test;

/** Accepting a suggestion is one undoable edit; accepted entities bring new relation suggestions. */
class AcceptanceTest {

    private static final List<Entity> SEED = List.of(country("ukraine", "Ukraine", "UA"));

    @Test
    void accepting_an_entity_creates_it_with_its_variants_and_links_every_occurrence_in_one_undoable_edit() {
        KnowledgeBase kb = store(SEED, "Prime Minister of Ukraine Denys Shmyhal spoke. Shmyhal said more.",
                "Later Denys Shmyhal left.");
        EntitySuggestion shmyhal = EntityDiscovery.find(kb, Fixtures.analyses(), Decisions.NONE, "person", 1).get(0);
        Edit edit = Acceptance.entity(kb, shmyhal);
        assertTrue(edit.appliesTo(kb));
        KnowledgeBase after = edit.apply(kb);
        Entity created = after.entity("denys-shmyhal");
        assertEquals("person", created.kind());
        assertTrue(created.aliases().contains("Shmyhal"));
        assertEquals(3, after.mentionCount("denys-shmyhal"));
        KnowledgeBase undone = edit.revert(after);
        assertEquals(kb.entities(), undone.entities());
        assertEquals(kb.articles(), undone.articles());
    }

    @Test
    void a_country_is_created_with_its_iso_code_and_demonyms_from_the_gazetteer() {
        KnowledgeBase kb = store(SEED, "Ukraine thanked Kazakhstan. Kazakhstan sent aid.");
        EntitySuggestion kz = EntityDiscovery.find(kb, Fixtures.analyses(), Decisions.NONE, "country", 1).get(0);
        Entity created = Acceptance.entityOf(kb, kz);
        assertEquals("KZ", created.attribute("iso3166").text());
        assertTrue(created.demonyms().contains("Kazakh"));
    }

    @Test
    void after_accepting_a_person_the_relations_of_that_person_are_suggested_and_accepted_as_one_edit() {
        KnowledgeBase kb = store(SEED, "Prime Minister of Ukraine Denys Shmyhal spoke.", "Denys Shmyhal spoke again.");
        assertEquals(List.of(), RelationFinder.find(kb, Fixtures.analyses(), Decisions.NONE, 10));
        EntitySuggestion shmyhal = EntityDiscovery.find(kb, Fixtures.analyses(), Decisions.NONE, "person", 1).get(0);
        KnowledgeBase withPerson = Acceptance.entity(kb, shmyhal).apply(kb);
        RelationSuggestion role = RelationFinder.find(withPerson, Fixtures.analyses(), Decisions.NONE, 10).get(0);
        assertEquals("denys-shmyhal prime_minister_of ukraine", role.subject() + " " + role.type() + " " + role.object());
        Edit add = Acceptance.relation(withPerson, role);
        KnowledgeBase related = add.apply(withPerson);
        assertEquals(1, related.relationsOf("ukraine").size());
        assertEquals(role.evidence(), related.relations().get(0).evidence());
        assertEquals(List.of(), add.revert(related).relations());
        assertEquals(List.of(), RelationFinder.find(related, Fixtures.analyses(), Decisions.NONE, 10), "not twice");
    }

    @Test
    void a_new_name_longer_than_an_automatic_link_it_covers_takes_its_place_and_a_link_made_by_hand_stays() {
        KnowledgeBase kb = store(SEED, "The Verkhovna Rada of Ukraine voted.", "The Verkhovna Rada of Ukraine met.");
        Article second = kb.article("a2");
        Mention ukraine = second.mentions().get(0);
        kb = kb.withArticle(second.withMentions(List.of(new Mention(ukraine.entity(), ukraine.paragraph(),
                ukraine.start(), ukraine.end(), ukraine.text()))));
        Entity rada = entity("verkhovna-rada-of-ukraine", "organization", "Verkhovna Rada of Ukraine");
        Edit edit = Acceptance.entity(kb, rada);
        KnowledgeBase after = edit.apply(kb);
        assertEquals(List.of("verkhovna-rada-of-ukraine:Verkhovna Rada of Ukraine:name"),
                after.article("a1").mentions().stream().map(m -> m.entity() + ":" + m.text() + ":" + m.rule().id()).toList());
        assertEquals(kb.article("a2").mentions(), after.article("a2").mentions(), "the link made by hand stays");
        assertEquals(kb.articles(), edit.revert(after).articles());
    }
}
