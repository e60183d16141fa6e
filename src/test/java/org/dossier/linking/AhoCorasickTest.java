package org.dossier.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

    private static AhoCorasick<String> automaton(String... patterns) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String p : patterns) {
            map.put(p, List.of(p));
        }
        return new AhoCorasick<>(map);
    }

    private static List<String> found(AhoCorasick<String> a, String text) {
        return a.findAll(text).stream().map(h -> h.value() + "@" + h.start() + "-" + h.end()).toList();
    }

    @Test
    void every_occurrence_is_found_including_overlapping_and_nested_ones() {
        AhoCorasick<String> a = automaton("he", "she", "his", "hers");
        assertEquals(List.of("she@1-4", "he@2-4", "hers@2-6"), found(a, "ushers"));
    }

    @Test
    void a_pattern_inside_another_is_found_through_the_failure_links() {
        AhoCorasick<String> a = automaton("Armed Forces of Ukraine", "Ukraine", "Armed Forces");
        assertEquals(List.of("Armed Forces@4-16", "Armed Forces of Ukraine@4-27", "Ukraine@20-27"),
                found(a, "The Armed Forces of Ukraine"));
    }

    @Test
    void case_is_ignored_and_offsets_are_those_of_the_original_text() {
        AhoCorasick<String> a = automaton("Україна", "nato");
        // The flag is two characters outside the Basic Multilingual Plane: four UTF-16 units.
        assertEquals(List.of("nato@5-9", "Україна@14-21"), found(a, "🇺🇦 NATO and УКРАЇНА"));
    }

    @Test
    void a_text_without_any_pattern_gives_nothing() {
        assertEquals(List.of(), found(automaton("Denmark"), "Nothing to see here, Denmar."));
    }
}
