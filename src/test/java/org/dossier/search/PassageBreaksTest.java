package org.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The breaks the highlighter cuts passages at: the JDK's sentence ends, found near where they are asked for. */
class PassageBreaksTest {

    private static List<Integer> jdkSentenceEnds(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        List<Integer> ends = new ArrayList<>();
        for (int b = sentences.first(); b != BreakIterator.DONE; b = sentences.next()) {
            ends.add(b);
        }
        return ends;
    }

    private static List<Integer> followingFromStart(PassageBreaks breaks) {
        List<Integer> found = new ArrayList<>();
        for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
            found.add(b);
        }
        return found;
    }

    @Test
    void in_ordinary_text_the_breaks_are_the_sentence_ends_the_jdk_finds() {
        String text = LongParagraphTest.paragraph(30_000);
        PassageBreaks breaks = new PassageBreaks();
        breaks.setText(text);
        assertEquals(jdkSentenceEnds(text), followingFromStart(breaks));
    }

    @Test
    void preceding_and_following_agree_with_the_jdk_wherever_they_are_asked_and_in_any_order() {
        String text = LongParagraphTest.paragraph(50_000);
        BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        jdk.setText(text);
        PassageBreaks breaks = new PassageBreaks();
        breaks.setText(text);
        for (int at : new int[] {40_000, 17, 45_000, 3, 12_345, 12_346, 49_999, 0, 20_000}) {
            assertEquals(jdk.following(at), breaks.following(at), "following " + at);
            assertEquals(jdk.preceding(at), breaks.preceding(at), "preceding " + at);
        }
        assertEquals(BreakIterator.DONE, breaks.following(text.length()));
        assertEquals(BreakIterator.DONE, breaks.preceding(0));
    }

    @Test
    void a_text_without_sentence_ends_is_cut_at_white_space_at_most_the_longest_passage_apart() {
        String text = "alpha beta gamma ".repeat(10_000);
        PassageBreaks breaks = new PassageBreaks();
        breaks.setText(text);
        List<Integer> found = followingFromStart(breaks);
        for (int i = 1; i < found.size(); i++) {
            int gap = found.get(i) - found.get(i - 1);
            assertTrue(gap > 0 && gap <= PassageBreaks.LONGEST, "gap " + gap + " at " + found.get(i));
            assertTrue(found.get(i) == text.length() || text.charAt(found.get(i) - 1) == ' ', "cut inside a word at " + found.get(i));
        }
        assertEquals(text.length(), found.get(found.size() - 1));
    }

    @Test
    void a_text_without_white_space_is_cut_between_characters_never_inside_a_surrogate_pair() {
        String text = "🇺🇦".repeat(5_000);
        PassageBreaks breaks = new PassageBreaks();
        breaks.setText(text);
        for (int b : followingFromStart(breaks)) {
            assertTrue(b == text.length() || !Character.isLowSurrogate(text.charAt(b)), "inside a pair at " + b);
        }
    }
}
