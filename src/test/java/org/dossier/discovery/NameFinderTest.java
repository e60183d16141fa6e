package org.dossier.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Names in hand-labelled sentences: titles taken off, sentence-initial words, acronyms, headlines. */
class NameFinderTest {

    private final ArticleAnalyser analyser = new ArticleAnalyser(TextAnalyzer.english(), Gazetteer.shipped());

    private List<NameOccurrence> names(String text) {
        return analyser.analyse(List.of(text)).names();
    }

    private List<String> texts(String text) {
        return names(text).stream().map(NameOccurrence::text).toList();
    }

    @Test
    void a_name_after_a_long_title_is_the_person_alone_with_the_title_kept() {
        List<NameOccurrence> found = names("The meeting was attended by Head of the Office of the President Andriy Yermak.");
        NameOccurrence yermak = found.stream().filter(n -> n.text().equals("Andriy Yermak")).findFirst().orElseThrow();
        assertEquals("Head of the Office of the President", yermak.title());
        assertFalse(texts("The meeting was attended by Head of the Office of the President Andriy Yermak.")
                .contains("Head of the Office of the President Andriy Yermak"));
    }

    @Test
    void a_role_of_an_organisation_gives_the_person_and_the_organisation() {
        List<String> found = texts("He thanked President of the European Commission Ursula von der Leyen for the help.");
        assertTrue(found.contains("Ursula von der Leyen"), found.toString());
        assertTrue(found.contains("European Commission"), found.toString());
        List<String> shmyhal = texts("It was said by Prime Minister of Ukraine Denys Shmyhal yesterday.");
        assertTrue(shmyhal.contains("Denys Shmyhal") && shmyhal.contains("Ukraine"), shmyhal.toString());
    }

    @Test
    void capitalised_words_that_start_a_sentence_are_not_names() {
        assertEquals(List.of(), texts("Therefore, the talks went on. Meeting with partners matters. As I said, we wait."));
    }

    @Test
    void an_acronym_in_brackets_is_paired_with_what_it_stands_for() {
        ArticleAnalysis a = analyser.analyse(List.of("Experts of the International Atomic Energy Agency (IAEA) came."));
        assertEquals(List.of(new AcronymPair("International Atomic Energy Agency", "IAEA")), a.acronyms());
    }

    @Test
    void a_headline_in_capitals_gives_no_names() {
        assertEquals(List.of(), texts("UKRAINE AND POLAND SIGN DEAL ON GRAIN"));
    }

    @Test
    void a_possessive_ending_and_a_full_stop_stay_outside_the_name() {
        List<String> found = texts("We discussed Denmark's support. Then we flew to Odesa.");
        assertTrue(found.contains("Denmark") && found.contains("Odesa"), found.toString());
    }

    @Test
    void two_places_joined_by_and_are_two_names_but_a_council_keeps_its_and() {
        List<String> found = texts("Fighting goes on in Donetsk and Luhansk, said the National Security and Defense Council.");
        assertTrue(found.contains("Donetsk") && found.contains("Luhansk"), found.toString());
        assertTrue(found.contains("National Security and Defense Council"), found.toString());
    }
}
