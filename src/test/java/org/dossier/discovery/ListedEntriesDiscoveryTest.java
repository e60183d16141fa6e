package org.dossier.discovery;

import static org.dossier.discovery.Fixtures.entity;
import static org.dossier.discovery.Fixtures.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dossier.edit.ChangeDecisions;
import org.dossier.edit.Edit;
import org.dossier.model.AttributeValue;
import org.dossier.model.Decisions;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.ListedEntries;
import org.dossier.model.ListedEntry;
import org.junit.jupiter.api.Test;

/**
 * Entries of an entity list imported for review: discovery proposes those the articles mention, with the list's
 * name, kind, aliases and facts, and accepting one makes all of it an entity.
 */
class ListedEntriesDiscoveryTest {

    static final ListedEntry MEDVEDCHUK = new ListedEntry("Viktor Volodymyrovych Medvedchuk", "person",
            List.of("Viktor Medvedchuk"), List.of(), List.of("Kum"), "Ukrainian politician under sanctions.",
            Map.of("office", AttributeValue.of("People's Deputy")), "sanctions.csv");
    static final ListedEntry DERIPASKA = new ListedEntry("Oleg Deripaska", "person", List.of("Oleg Vladimirovich"),
            List.of(), List.of(), "", Map.of(), "sanctions.csv");
    static final ListedEntry FUND = new ListedEntry("Grain Fund of Odesa", "organization", List.of("Odesa Grain"),
            List.of(), List.of(), "", Map.of(), "sanctions.csv");

    private static KnowledgeBase kb(Entity... entities) {
        return store(List.of(entities),
                "Officials said Viktor Medvedchuk was detained. Medvedchuk denied it, and Odesa Grain paid.",
                "Viktor Medvedchuk spoke again on Tuesday.")
                .withListedEntries(new ListedEntries(List.of(MEDVEDCHUK, DERIPASKA, FUND)));
    }

    private static List<EntitySuggestion> find(KnowledgeBase kb) {
        return EntityDiscovery.find(kb, Fixtures.analyses(), kb.decisions(), null, 100);
    }

    private static EntitySuggestion named(List<EntitySuggestion> found, String name) {
        return found.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not proposed: " + found));
    }

    @Test
    void a_mentioned_entry_is_proposed_with_the_lists_name_kind_aliases_and_source_and_an_unmentioned_one_is_not() {
        List<EntitySuggestion> found = find(kb());
        EntitySuggestion medvedchuk = named(found, "Viktor Volodymyrovych Medvedchuk");
        assertEquals("person", medvedchuk.kind());
        assertEquals(List.of("Viktor Medvedchuk", "Medvedchuk"), medvedchuk.variants(),
                "the list's alias, then the surname the articles use for it");
        assertEquals(3, medvedchuk.mentions());
        assertEquals(2, medvedchuk.articles());
        assertEquals("sanctions.csv", medvedchuk.source());
        assertEquals("Ukrainian politician under sanctions.", medvedchuk.listed().summary());
        EntitySuggestion fund = named(found, "Grain Fund of Odesa");
        assertEquals("organization", fund.kind(), "the list's kind, not a guess from the words");
        assertTrue(found.stream().noneMatch(s -> s.name().contains("Deripaska")), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.name().equals("Viktor Medvedchuk") || s.name().equals("Medvedchuk")),
                "its forms are one proposal, not three: " + found);
    }

    @Test
    void accepting_it_creates_the_entity_with_all_the_list_says_and_links_it_in_one_undoable_edit() {
        KnowledgeBase kb = kb();
        Edit accept = Acceptance.entity(kb, named(find(kb), "Viktor Volodymyrovych Medvedchuk"));
        KnowledgeBase after = accept.apply(kb);
        Entity e = after.entities().stream().filter(x -> x.name().equals("Viktor Volodymyrovych Medvedchuk"))
                .findFirst().orElseThrow();
        assertEquals("person", e.kind());
        assertTrue(e.aliases().containsAll(List.of("Viktor Medvedchuk", "Medvedchuk")), e.aliases().toString());
        assertEquals(List.of("Kum"), e.references(), "the list's weak alias, linked only where it clearly means it");
        assertEquals("Ukrainian politician under sanctions.", e.summary());
        assertEquals("People's Deputy", e.attribute("office").text());
        assertEquals(3, after.mentionCount(e.id()));
        assertTrue(find(after).stream().noneMatch(s -> s.name().contains("Medvedchuk")), "an entity now: not proposed");

        KnowledgeBase undone = accept.revert(after);
        assertEquals(kb.entities(), undone.entities());
        assertEquals(kb.articles(), undone.articles());
        assertEquals(kb.listedEntries(), undone.listedEntries());
    }

    @Test
    void an_entry_whose_list_does_not_say_its_kind_takes_the_kind_the_articles_show() {
        ListedEntry unknownKind = new ListedEntry("Oleh Syniehubov", "other", List.of(), List.of(), List.of(), "",
                Map.of(), "names.csv");
        KnowledgeBase kb = store(List.of(), "Governor Oleh Syniehubov said the city held.",
                "Governor Oleh Syniehubov spoke again.").withListedEntries(new ListedEntries(List.of(unknownKind)));
        assertEquals("person", named(find(kb), "Oleh Syniehubov").kind());
    }

    @Test
    void an_entry_named_with_the_words_that_describe_it_is_found_but_not_past_a_lower_case_word() {
        ListedEntry poland = new ListedEntry("Poland", "country", List.of(), List.of(), List.of(), "", Map.of(),
                "list.csv");
        KnowledgeBase kb = store(List.of(), "Businessman Viktor Medvedchuk lost. The Embassy of Poland said so.",
                "Viktor Medvedchuk will appeal.")
                .withListedEntries(new ListedEntries(List.of(MEDVEDCHUK, poland)));
        List<EntitySuggestion> found = find(kb);
        EntitySuggestion medvedchuk = named(found, "Viktor Volodymyrovych Medvedchuk");
        assertEquals(2, medvedchuk.mentions(), found.toString());
        assertTrue(medvedchuk.variants().stream().noneMatch(v -> v.startsWith("Businessman")), medvedchuk.variants()
                .toString());
        assertTrue(found.stream().noneMatch(s -> s.name().equals("Poland")), found.toString());
    }

    @Test
    void a_rejected_entry_is_not_proposed_again_by_any_of_its_names() {
        KnowledgeBase kb = kb();
        KnowledgeBase rejected = ChangeDecisions.rejectName(kb, "Viktor Volodymyrovych Medvedchuk").apply(kb);
        assertTrue(find(rejected).stream().noneMatch(s -> s.name().contains("Medvedchuk")), find(rejected).toString());
    }

    @Test
    void an_entry_whose_alias_is_an_entitys_name_is_not_proposed() {
        KnowledgeBase kb = kb(entity("medvedchuk", "person", "Viktor Medvedchuk"));
        assertTrue(find(kb).stream().noneMatch(s -> s.name().contains("Medvedchuk")), find(kb).toString());
    }

    @Test
    void without_listed_entries_the_same_names_are_proposed_as_found() {
        KnowledgeBase kb = kb().withListedEntries(ListedEntries.NONE);
        EntitySuggestion found = named(find(kb), "Viktor Medvedchuk");
        assertEquals("", found.source());
    }
}
