package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.dossier.model.Sentences.Span;
import org.junit.jupiter.api.Test;

/** Sentence boundaries, as evidence spans are chosen. */
class SentencesTest {

    static final String TEXT = "Denmark signed. Ukraine agreed! Did NATO? 2024 was busy.";

    @Test
    void the_first_sentence_runs_to_its_full_stop() {
        assertEquals(new Span(0, 15), Sentences.around(TEXT, 0));
        assertEquals(new Span(0, 15), Sentences.around(TEXT, 14));
    }

    @Test
    void a_middle_sentence_starts_after_the_white_space() {
        assertEquals(new Span(16, 31), Sentences.around(TEXT, 16));
        assertEquals(new Span(16, 31), Sentences.around(TEXT, 20));
        assertEquals(new Span(32, 41), Sentences.around(TEXT, 35));
    }

    @Test
    void a_sentence_may_start_with_a_digit() {
        assertEquals("2024 was busy.", at(TEXT, 45));
    }

    @Test
    void the_space_between_sentences_belongs_to_the_next_one() {
        assertEquals("Ukraine agreed!", at(TEXT, 15));
    }

    @Test
    void an_abbreviation_followed_by_a_lower_case_word_does_not_end_the_sentence() {
        assertEquals("U.S. officials agreed.", at("U.S. officials agreed. Then more.", 3));
    }

    @Test
    void closing_quotes_stay_with_their_sentence() {
        String text = "He called it \u2018unique.\u2019 Denmark agreed.";
        assertEquals("He called it \u2018unique.\u2019", at(text, 0));
        assertEquals("Denmark agreed.", at(text, text.indexOf("Denmark")));
    }

    @Test
    void a_sentence_opening_with_a_quote_starts_a_new_sentence() {
        assertEquals("\u201CYes,\u201D he said.", at("It ended. \u201CYes,\u201D he said.", 12));
    }

    @Test
    void text_without_a_final_full_stop_is_one_sentence_without_trailing_space() {
        assertEquals(new Span(0, 9), Sentences.around("no ending  ", 3));
    }

    private static String at(String text, int offset) {
        Span s = Sentences.around(text, offset);
        return text.substring(s.start(), s.end());
    }

    @Test
    void titles_initials_and_abbreviations_do_not_end_a_sentence() {
        String text = "Mr. Smith met Dr. Jones in the U.S. on Monday. Gen. Zaluzhny met President Joseph R. Biden. "
                + "No. 5 of the U.S. Senate's bills, e.g. This One, passed. St. Petersburg is far.";
        assertEquals(List.of("Mr. Smith met Dr. Jones in the U.S. on Monday.",
                "Gen. Zaluzhny met President Joseph R. Biden.",
                "No. 5 of the U.S. Senate's bills, e.g. This One, passed.", "St. Petersburg is far."), texts(text));
    }

    @Test
    void an_abbreviation_with_stops_ends_a_sentence_before_a_word_that_opens_one() {
        assertEquals(List.of("She arrived at 5 p.m.", "The meeting began."), texts("She arrived at 5 p.m. The meeting began."));
        assertEquals(List.of("Russia threatens the U.S.", "It will not work."),
                texts("Russia threatens the U.S. It will not work."));
    }

    @Test
    void a_number_ending_its_sentence_ends_it_and_a_list_number_does_not() {
        assertEquals(List.of("We stopped Nord Stream 2.", "The rest followed."),
                texts("We stopped Nord Stream 2. The rest followed."));
        assertEquals(List.of("The routes: 1. Kyiv - Lviv.", "2. Sumy - Poltava."),
                texts("The routes: 1. Kyiv - Lviv. 2. Sumy - Poltava."));
    }

    @Test
    void a_line_break_or_paragraph_separator_ends_a_sentence() {
        assertEquals(List.of("One without a stop", "Two", "Three."), texts("One without a stop\nTwo\u2029 Three."));
    }

    @Test
    void a_run_without_sentence_ends_is_cut_at_white_space_into_pieces_no_longer_than_the_longest_sentence() {
        String run = "word ".repeat(2_000).strip();
        List<Span> pieces = Sentences.in(run);
        assertTrue(pieces.size() > 5);
        assertTrue(pieces.stream().allMatch(s -> s.length() <= Sentences.LONGEST && s.length() > 0));
        assertEquals(run, String.join(" ", pieces.stream().map(s -> run.substring(s.start(), s.end())).toList()));
    }

    /**
     * The splitter's promise: the sentence found around any offset, reading only the text near it, is the one that
     * reading the whole paragraph gives there. Texts mix short sentences, abbreviations and long runs without stops.
     */
    @Test
    void the_sentence_around_any_offset_is_the_one_the_whole_paragraph_gives() {
        Random random = new Random(11);
        String[] parts = {"Mr. Smith met Dr. Jones in the U.S. on Monday.", "It rained!", "“Why?” he asked.",
            "word ".repeat(700), "No. 5 passed.", "Joseph R. Biden spoke.", "3.", "\u2029", "  ", "Kyiv… ",
            "a".repeat(900), "U.S. The end.", "🇺🇦 ".repeat(400)};
        for (int round = 0; round < 60; round++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(30); n >= 0; n--) {
                b.append(parts[random.nextInt(parts.length)]).append(random.nextBoolean() ? " " : "");
            }
            String text = b.toString();
            List<Span> all = Sentences.in(text);
            int last = all.isEmpty() ? 0 : all.get(all.size() - 1).end();
            for (int offset = 0; offset < last; offset += 1 + random.nextInt(40)) {
                assertEquals(holding(all, offset), Sentences.around(text, offset), "round " + round + ", offset " + offset);
            }
        }
    }

    /** The sentence of {@code all} holding {@code offset}, or else the next one (white space belongs to it). */
    private static Span holding(List<Span> all, int offset) {
        return all.stream().filter(s -> offset < s.end()).findFirst().orElseThrow();
    }

    private static List<String> texts(String text) {
        return Sentences.in(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }
}
