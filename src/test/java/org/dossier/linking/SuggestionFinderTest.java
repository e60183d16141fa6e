package org.dossier.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** Names the store does not know yet, offered with how often they occur. */
class SuggestionFinderTest {

    /** A store with the linker's test entities and these articles, one paragraph each, linked. */
    private static KnowledgeBase store(String... paragraphs) {
        Linker linker = new Linker(LinkerTest.ENTITIES);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            Article a = new Article("a" + i, "Title", null, null, null, List.of(paragraphs[i]), null);
            articles.add(linker.withLinks(a));
        }
        return new KnowledgeBase("test", LinkerTest.ENTITIES, articles, List.of());
    }

    private static Optional<Suggestion> named(List<Suggestion> all, String name) {
        return all.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static List<String> names(List<Suggestion> all) {
        return all.stream().map(Suggestion::name).toList();
    }

    @Test
    void capitalised_names_are_counted_across_articles_and_ranked() {
        List<Suggestion> all = SuggestionFinder.find(store(
                "Ukraine asked the European Council for help. The European Council agreed.",
                "Later the European Council met the Verkhovna Rada.",
                "The Verkhovna Rada voted."));
        assertEquals(List.of("European Council", "Verkhovna Rada"), names(all));
        Suggestion council = all.get(0);
        assertEquals(3, council.count());
        assertEquals(2, council.articles());
        assertEquals("organization", council.kindHint());
        assertEquals("Ukraine asked the European Council for help.", council.example().quote());
        assertEquals("a0", council.example().article());
    }

    @Test
    void a_name_after_a_title_is_suggested_as_a_person() {
        List<Suggestion> all = SuggestionFinder.find(store(
                "Foreign Minister Dmytro Kuleba met President Biden. Then Minister Kuleba left."));
        assertEquals("person", named(all, "Dmytro Kuleba").orElseThrow().kindHint());
        assertEquals(1, named(all, "Biden").orElseThrow().count());
        assertEquals(1, named(all, "Kuleba").orElseThrow().count());
    }

    @Test
    void linked_names_and_forms_of_known_entities_are_not_suggested() {
        List<Suggestion> all = SuggestionFinder.find(store(
                "President Volodymyr Zelensky thanked the Armed Forces of Ukraine and the Russian Federation.",
                "Production Agreement talks."));
        assertEquals(List.of(), names(all), "'President' alone is a title, the rest is linked");
    }

    @Test
    void a_common_word_that_starts_a_sentence_is_not_the_start_of_a_name() {
        List<Suggestion> all = SuggestionFinder.find(store(
                "Today Ukraine stands. Yesterday Biden spoke. The European Council met. Glory to Ukraine!"));
        assertEquals(List.of("European Council"), names(all));
    }

    @Test
    void a_name_seen_inside_a_sentence_keeps_its_common_first_word_at_the_start_of_one() {
        List<Suggestion> all = SuggestionFinder.find(store(
                "We thank the United Kingdom. United Kingdom troops trained here."));
        assertEquals(2, named(all, "United Kingdom").orElseThrow().count());
    }

    @Test
    void single_words_without_a_title_are_not_suggested() {
        assertEquals(List.of(), names(SuggestionFinder.find(store("Berlin and Paris called Kyiv."))));
    }

    @Test
    void a_run_stops_at_punctuation_and_possessives_and_keeps_inner_joining_words() {
        List<Suggestion> all = SuggestionFinder.find(store(
                "The Cabinet of Ministers, Boris Johnson's plan and the Ministry of Defence of Estonia."));
        assertTrue(named(all, "Cabinet of Ministers").isPresent(), names(all).toString());
        assertTrue(named(all, "Boris Johnson").isPresent(), names(all).toString());
        assertTrue(named(all, "Ministry of Defence of Estonia").isPresent(), names(all).toString());
        assertFalse(names(all).stream().anyMatch(n -> n.contains(",")));
    }

    @Test
    void a_name_after_an_office_with_of_is_not_a_person_and_an_office_alone_is_nothing() {
        List<Suggestion> all = SuggestionFinder.find(store(
                "He met the President of the Czech Republic. Dear Mr. President, thank the Minister of Foreign Affairs."));
        assertEquals(List.of("Czech Republic"), names(all));
        assertEquals("", all.get(0).kindHint());
    }

    @Test
    void a_run_ending_with_a_name_seen_alone_counts_as_two_names() {
        List<Suggestion> all = SuggestionFinder.find(store(
                "Prime Minister of the United Kingdom Boris Johnson called.", "Boris Johnson spoke."));
        assertEquals(2, named(all, "Boris Johnson").orElseThrow().count());
        assertEquals(1, named(all, "United Kingdom").orElseThrow().count());
        assertFalse(named(all, "United Kingdom Boris Johnson").isPresent());
    }

    @Test
    void top_gives_the_most_frequent_with_their_example_sentences() {
        List<Suggestion> top = SuggestionFinder.top(store(
                "The Verkhovna Rada met. The European Council met. Later the European Council met again."), 1);
        assertEquals(List.of("European Council"), names(top));
        assertEquals("The European Council met.", top.get(0).example().quote());
    }
}
