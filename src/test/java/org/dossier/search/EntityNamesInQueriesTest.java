package org.dossier.search;

import static org.dossier.search.SearchFixtures.ADDRESS;
import static org.dossier.search.SearchFixtures.PRODUCTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names and aliases in any script find the entity, and the articles that mention it. */
class EntityNamesInQueriesTest extends SearchTesting {

    @Test
    void a_cyrillic_alias_finds_the_entity_and_says_which_alias_matched() {
        EntityHit hit = search("Зеленський").entities().get(0);
        assertEquals("volodymyr-zelensky", hit.id());
        assertEquals("Volodymyr Zelensky", hit.name());
        assertEquals("person", hit.kind());
        assertEquals("Зеленський", hit.matchedAlias());
    }

    @Test
    void a_cyrillic_alias_finds_the_articles_with_a_linked_mention_though_their_text_is_english() {
        assertEquals(List.of(PRODUCTION), articles("Зеленський"));
        assertEquals(List.of(PRODUCTION), articles("зеленський"));
    }

    @Test
    void a_name_of_several_words_is_recognised_in_plain_words() {
        assertEquals(List.of(PRODUCTION), articles("Герман Сметанін"));
        assertEquals("Герман Сметанін", search("Герман Сметанін").entities().get(0).matchedAlias());
    }

    @Test
    void an_alias_in_quotes_or_in_an_or_group_links_too() {
        assertEquals(List.of(PRODUCTION), articles("\"Володимир Зеленський\""));
        assertEquals(List.of(PRODUCTION), articles("Сметанін OR Зеленський"));
    }

    @Test
    void when_the_name_matches_no_alias_is_reported() {
        assertNull(search("herman smetanin").entities().get(0).matchedAlias());
        assertNull(search("smetanin").entities().get(0).matchedAlias());
    }

    @Test
    void a_latin_alias_finds_the_text_that_spells_it_and_the_linked_mentions() {
        List<String> found = articles("zelenskyy");
        assertTrue(found.contains(ADDRESS), "title says Zelenskyy: " + found);
        assertTrue(found.contains(PRODUCTION), "links the entity: " + found);
    }

    @Test
    void excluding_an_alias_excludes_the_articles_that_mention_the_entity() {
        assertEquals(List.of(ADDRESS), articles("ukraine -Зеленський"));
    }

    @Test
    void other_words_must_still_match_beside_a_name() {
        assertEquals(List.of(PRODUCTION), articles("Зеленський technologies"));
        assertEquals(List.of(), articles("Зеленський grain"));
    }
}
