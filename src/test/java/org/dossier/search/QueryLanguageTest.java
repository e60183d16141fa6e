package org.dossier.search;

import static org.dossier.search.SearchFixtures.ADDRESS;
import static org.dossier.search.SearchFixtures.GRAIN;
import static org.dossier.search.SearchFixtures.PRODUCTION;
import static org.dossier.search.SearchFixtures.SUMMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plain words, phrases, prefixes, exclusions and OR. */
class QueryLanguageTest extends SearchTesting {

    @Test
    void every_plain_word_must_match() {
        assertEquals(List.of(PRODUCTION), articles("ukraine denmark"));
        assertEquals(List.of(), articles("denmark odesa"));
        assertNull(search("ukraine denmark").notice());
    }

    @Test
    void a_word_in_the_title_ranks_an_article_above_one_that_has_it_only_in_the_text() {
        assertEquals(List.of(GRAIN, ADDRESS), articles("grain"));
    }

    @Test
    void a_quoted_phrase_matches_the_words_only_together_and_in_that_order() {
        assertEquals(List.of(PRODUCTION), articles("\"defence technologies\""));
        assertEquals(List.of(), articles("\"technologies defence\""));
        assertEquals(List.of(PRODUCTION), articles("technologies defence"));
    }

    @Test
    void a_phrase_is_exact_where_a_plain_word_is_stemmed() {
        assertEquals(Set.of(PRODUCTION, ADDRESS, SUMMIT), new HashSet<>(articles("exported")));
        assertEquals(List.of(PRODUCTION), articles("\"exported\""));
    }

    @Test
    void a_word_ending_in_a_star_finds_every_word_that_begins_with_it() {
        assertEquals(Set.of(PRODUCTION, ADDRESS), new HashSet<>(articles("presiden*")));
        assertEquals(List.of(PRODUCTION), articles("produc*"));
        assertEquals(List.of(SUMMIT), articles("Brasíl*"));
    }

    @Test
    void a_minus_excludes_the_articles_with_that_word_or_phrase() {
        assertEquals(List.of(ADDRESS), articles("ukraine -denmark"));
        assertEquals(List.of(ADDRESS), articles("ukraine -\"landmark agreement\""));
        assertEquals(List.of(PRODUCTION), articles("ukraine -candid*"));
    }

    @Test
    void or_accepts_either_word() {
        assertEquals(Set.of(ADDRESS, GRAIN, SUMMIT), new HashSet<>(articles("grain OR nato")));
        assertEquals(Set.of(ADDRESS, GRAIN, SUMMIT), new HashSet<>(articles("grain OR nato OR \"black sea\"")));
    }

    @Test
    void or_binds_only_the_words_on_either_side_and_the_rest_must_still_match() {
        assertEquals(Set.of(ADDRESS, GRAIN), new HashSet<>(articles("grain OR brasilia ports")));
    }

    @Test
    void a_lower_case_or_is_an_ordinary_word() {
        assertEquals(List.of(), articles("grain or nato"));
    }

    @Test
    void entities_are_found_by_name_alias_or_summary() {
        assertEquals(List.of("herman-smetanin"), entities("smetanin"));
        assertEquals(List.of("nato"), entities("\"north atlantic\""));
        assertEquals(List.of("denmark"), entities("arms"));
        assertTrue(entities("ukraine").contains("ukraine"));
    }

    @Test
    void the_name_ranks_an_entity_above_one_that_has_the_word_only_in_its_summary() {
        assertEquals("ukraine", entities("ukraine").get(0));
    }

    @Test
    void results_keep_to_the_limit() {
        assertEquals(1, index.search("ukraine", 1).articles().size());
        assertEquals(1, index.search("ukraine", 1).entities().size());
    }

    @Test
    void a_result_carries_title_date_score_and_hit_count() {
        ArticleHit hit = search("denmark").articles().get(0);
        assertEquals(PRODUCTION, hit.id());
        assertEquals("Ukraine and Denmark sign a defence production agreement", hit.title());
        assertEquals("2024-02-16", hit.date().iso());
        assertTrue(hit.score() > 0);
        assertEquals(2, hit.hits());
    }
}
