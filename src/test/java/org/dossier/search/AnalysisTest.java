package org.dossier.search;

import static org.dossier.search.SearchFixtures.ADDRESS;
import static org.dossier.search.SearchFixtures.PRODUCTION;
import static org.dossier.search.SearchFixtures.SUMMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** English stemming, and indifference to case and diacritics. */
class AnalysisTest extends SearchTesting {

    @Test
    void an_english_word_finds_its_other_forms() {
        assertEquals(Set.of(PRODUCTION, ADDRESS, SUMMIT), new HashSet<>(articles("exports")));
        assertEquals(List.of(PRODUCTION), articles("announcing"));
        assertEquals(List.of(PRODUCTION), articles("technology"));
    }

    @Test
    void case_does_not_matter() {
        assertEquals(List.of(PRODUCTION), articles("DENMARK"));
        assertEquals(List.of(PRODUCTION), articles("dEnMaRk"));
        assertEquals(List.of(ADDRESS), articles("Candidate"));
    }

    @Test
    void diacritics_do_not_matter_either_way() {
        assertEquals(List.of(SUMMIT), articles("brasilia"));
        assertEquals(List.of(SUMMIT), articles("\"sao paulo\""));
        assertEquals(List.of(PRODUCTION), articles("Dénmark prodüction"));
    }

    @Test
    void a_possessive_ending_is_ignored() {
        assertEquals(List.of(PRODUCTION), articles("Denmark’s"));
    }

    @Test
    void a_hyphenated_word_matches_as_its_parts_in_a_row() {
        assertEquals(List.of(ADDRESS), articles("black-sea"));
    }

    @Test
    void a_query_of_only_stop_words_finds_nothing_and_says_why() {
        SearchResults results = search("the");
        assertEquals(List.of(), results.articles());
        assertEquals("'the' is too common a word to search for; it was ignored", results.notice());
    }

    @Test
    void cyrillic_is_matched_without_regard_to_case() {
        assertEquals(List.of("nato"), entities("нато"));
        assertEquals(List.of("ukraine"), entities("УКРАЇНА"));
    }
}
