package org.dossier.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.dossier.model.Sentences;
import org.junit.jupiter.api.Test;

/** A body that came as one block of text gets paragraphs between its sentences, and not one word changes. */
class ReadableParagraphsTest {

    private static final String[] SENTENCES = {"Mr. Smith met Dr. Jones in the U.S. on Monday.",
        "President Joseph R. Biden spoke about the U.S. Senate and No. 5 of its bills.", "Glory to Ukraine!",
        "“Why?” asked the journalist, and waited.", "The talks, which lasted for three hours and covered energy, "
            + "grain exports, sanctions and the security of nuclear power plants, ended late in the evening.",
        "It was 6.5 million.", "St. Petersburg is far."};

    /** A one-line body of {@code n} sentences drawn with {@code random}. */
    private static String body(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
        }
        return b.toString();
    }

    @Test
    void a_long_body_on_one_line_is_split_between_sentences_and_joining_the_paragraphs_gives_it_back() {
        Random random = new Random(5);
        for (int round = 0; round < 50; round++) {
            String body = body(random, 5 + random.nextInt(300));
            Paragraphs.Body split = Paragraphs.ofCell(body);
            assertEquals(body, String.join(" ", split.paragraphs()), "round " + round);
            assertSentencesWhole(body, split.paragraphs());
            assertEquals(split.paragraphs().size() > 1, split.split());
        }
    }

    @Test
    void paragraphs_hold_a_few_sentences_each() {
        String body = body(new Random(8), 400);
        List<String> paragraphs = Paragraphs.ofCell(body).paragraphs();
        assertTrue(paragraphs.size() > 30, paragraphs.size() + " paragraphs");
        for (String p : paragraphs.subList(0, paragraphs.size() - 1)) { // what is left at the end may be shorter
            int sentences = Sentences.in(p).size();
            assertTrue(p.length() >= 200 && p.length() <= 1_150, p.length() + " characters: " + p);
            // More than five only when they are short: a run of cries ("Glory to Ukraine!") stays together.
            assertTrue(sentences >= 2 && (sentences <= 5 || p.length() <= 450), sentences + " sentences: " + p);
        }
    }

    @Test
    void section_markers_become_paragraphs_of_their_own() {
        String body = "Please watch a short video. *** God forbid any other nation goes through this. * * * The end.";
        assertEquals(List.of("Please watch a short video.", "***", "God forbid any other nation goes through this.",
                "* * *", "The end."), Paragraphs.ofCell(body).paragraphs());
        assertTrue(Paragraphs.ofCell(body).split());
    }

    @Test
    void stars_inside_a_word_or_a_pair_of_them_are_no_section_marker() {
        assertEquals(List.of("A ***bold claim and ** two stars."), Paragraphs.ofCell("A ***bold claim and ** two stars.").paragraphs());
    }

    @Test
    void a_short_body_stays_one_paragraph_and_is_not_counted_as_split() {
        Paragraphs.Body body = Paragraphs.ofCell("Denmark backs Ukraine. The US agrees.");
        assertEquals(List.of("Denmark backs Ukraine. The US agrees."), body.paragraphs());
        assertFalse(body.split());
    }

    @Test
    void a_cell_with_line_breaks_keeps_its_own_paragraphs() {
        String long1 = "One sentence after another. ".repeat(60).strip();
        Paragraphs.Body body = Paragraphs.ofCell(long1 + "\nSecond.");
        assertEquals(List.of(long1, "Second."), body.paragraphs());
        assertFalse(body.split());
    }

    @Test
    void two_spaces_where_paragraphs_were_joined_are_still_a_break() {
        String first = "First paragraph ends here. It has two sentences.";
        String body = first + "  Second paragraph starts. And goes on. Then more. And more.";
        assertEquals(List.of(first, "Second paragraph starts. And goes on. Then more. And more."),
                Paragraphs.ofCell(body).paragraphs());
    }

    @Test
    void a_text_file_without_blank_lines_is_one_block_and_is_split_too() {
        String text = "Line one of a wrapped text. It goes on.\n".repeat(40);
        Paragraphs.Body body = Paragraphs.ofText(text);
        assertTrue(body.split());
        assertEquals(text.replace('\n', ' ').strip(), String.join(" ", body.paragraphs()));
    }

    @Test
    void a_body_without_any_sentence_end_is_cut_only_where_the_splitter_cuts_a_run() {
        String run = "word ".repeat(10_000).strip();
        List<String> paragraphs = Paragraphs.ofCell(run).paragraphs();
        assertEquals(run, String.join(" ", paragraphs));
        assertTrue(paragraphs.stream().allMatch(p -> p.length() <= Sentences.LONGEST));
    }

    /** Every paragraph boundary is a sentence boundary of the whole body. */
    private static void assertSentencesWhole(String body, List<String> paragraphs) {
        List<Integer> ends = Sentences.in(body).stream().map(Sentences.Span::end).toList();
        int at = 0;
        for (String p : paragraphs.subList(0, paragraphs.size() - 1)) {
            at += p.length();
            assertTrue(ends.contains(at), "a paragraph ends inside a sentence: …" + p.substring(Math.max(0, p.length() - 40)));
            at++;
        }
    }
}
