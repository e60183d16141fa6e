package org.dossier.discovery;

import static org.dossier.discovery.Fixtures.country;
import static org.dossier.discovery.Fixtures.entity;
import static org.dossier.discovery.Fixtures.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Decisions;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** Entity suggestions: variants grouped under one name, kinds from evidence, known and rejected names left out. */
class EntityDiscoveryTest {

    private static final List<Entity> SEED = List.of(country("ukraine", "Ukraine", "UA", "Ukrainian"),
            entity("zelensky", "person", "Volodymyr Zelensky", "Zelensky"));

    private static List<EntitySuggestion> suggest(KnowledgeBase kb, Decisions decisions) {
        return EntityDiscovery.find(kb, Fixtures.analyses(), decisions, null, 100);
    }

    private static Optional<EntitySuggestion> named(List<EntitySuggestion> all, String name) {
        return all.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @Test
    void a_surname_a_title_and_the_full_name_are_one_person() {
        List<EntitySuggestion> all = suggest(store(SEED,
                "Head of the Office of the President Andriy Yermak met the envoys. Yermak said the talks went well.",
                "Later, Mr Yermak flew to Warsaw."), Decisions.NONE);
        EntitySuggestion yermak = named(all, "Andriy Yermak").orElseThrow();
        assertEquals("person", yermak.kind());
        assertTrue(yermak.variants().contains("Yermak"), yermak.variants().toString());
        assertEquals(3, yermak.mentions());
        assertEquals(2, yermak.articles());
        assertFalse(named(all, "Yermak").isPresent());
        assertNotNull(yermak.example());
        assertTrue(yermak.example().quote().startsWith("Head of the Office"), yermak.example().quote());
    }

    @Test
    void an_acronym_joins_its_expansion_and_the_reference_gives_the_kind() {
        List<EntitySuggestion> all = suggest(store(SEED,
                "Experts of the International Atomic Energy Agency (IAEA) came to the plant.",
                "The IAEA mission stayed two days. The IAEA reported."), Decisions.NONE);
        EntitySuggestion iaea = named(all, "International Atomic Energy Agency").orElseThrow();
        assertEquals("organization", iaea.kind());
        assertTrue(iaea.variants().contains("IAEA"));
        assertEquals(4, iaea.mentions(), "the name, its acronym in brackets, and the acronym twice");
        assertFalse(named(all, "IAEA").isPresent());
    }

    @Test
    void country_variants_take_the_reference_name_and_its_iso_code() {
        List<EntitySuggestion> all = suggest(store(SEED,
                "Ukraine thanked the United States for the help.",
                "Aid from the USA arrived. The US Congress voted. America helps Kazakhstan."), Decisions.NONE);
        EntitySuggestion us = named(all, "United States").orElseThrow();
        assertEquals("country", us.kind());
        assertEquals("US", us.attributes().get("iso3166"));
        assertTrue(us.variants().containsAll(List.of("USA", "America")), us.variants().toString());
        assertTrue(us.demonyms().contains("American"));
    }

    @Test
    void kinds_come_from_head_words() {
        List<EntitySuggestion> all = suggest(store(SEED,
                "The Ministry of Digital Transformation joined. The Black Sea Grain Initiative Agreement was signed "
                        + "at the Ukraine Recovery Summit in Lugano."), Decisions.NONE);
        assertEquals("organization", named(all, "Ministry of Digital Transformation").orElseThrow(
                () -> new AssertionError(all.toString())).kind());
        assertEquals("agreement", named(all, "Black Sea Grain Initiative Agreement").orElseThrow().kind());
        assertEquals("event", named(all, "Ukraine Recovery Summit").orElseThrow().kind());
    }

    @Test
    void names_of_entities_demonyms_and_rejected_names_are_not_suggested() {
        KnowledgeBase kb = store(SEED, "President Zelensky met Olaf Scholz. The Ukrainian side and Olaf Scholz agreed.",
                "Olaf Scholz and Kaja Kallas spoke. Kaja Kallas agreed.");
        List<EntitySuggestion> all = suggest(kb, new Decisions(List.of("kaja kallas"), List.of()));
        assertTrue(named(all, "Olaf Scholz").isPresent());
        assertFalse(named(all, "Kaja Kallas").isPresent(), "rejected, in any case");
        assertTrue(all.stream().noneMatch(s -> s.forms().contains("Zelensky") || s.forms().contains("Ukrainian")),
                all.toString());
    }

    @Test
    void a_surname_alone_joins_the_only_person_of_the_store_with_that_surname() {
        List<EntitySuggestion> all = suggest(store(SEED,
                "Chancellor Olaf Scholz arrived. Chancellor Olaf Scholz spoke.", "Later Scholz left Kyiv."),
                Decisions.NONE);
        EntitySuggestion scholz = named(all, "Olaf Scholz").orElseThrow();
        assertEquals(3, scholz.mentions());
        assertFalse(named(all, "Scholz").isPresent());
    }

    @Test
    void a_paragraph_of_176000_characters_of_capitalised_words_without_punctuation_gives_short_names_in_bounded_time() {
        StringBuilder text = new StringBuilder();
        String[] words = {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"};
        for (int i = 0; text.length() < 176_000; i++) {
            text.append(words[i % words.length]).append(i % 5 == 0 ? "ski " : " ");
        }
        KnowledgeBase kb = store(SEED, text.substring(0, 176_000));
        List<EntitySuggestion> all = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofMinutes(2), () -> suggest(kb, Decisions.NONE));
        assertTrue(all.stream().allMatch(s -> s.name().split(" ").length <= NameFinder.MAX_RUN_WORDS), all.toString());
    }
}
