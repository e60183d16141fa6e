package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
