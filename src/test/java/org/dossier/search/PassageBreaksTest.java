package org.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Sentences;
import org.junit.jupiter.api.Test;

/** The breaks the highlighter cuts passages at: the starts of the sentences Dossier's splitter finds, near where asked. */
class PassageBreaksTest {

    /** 0, every sentence's start, and the end: where a passage may begin or end in ordinary text. */
    private static List<Integer> sentenceStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Sentences.in(text).stream().map(Sentences.Span::start).filter(s -> s > 0).forEach(starts::add);
        starts.add(text.length());
        return starts;
    }

    private static List<Integer> followingFromStart(PassageBreaks breaks) {
        List<Integer> found = new ArrayList<>();
        for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
            found.add(b);
        }
        return found;
    }

    @Test
    void in_ordinary_text_the_breaks_are_the_starts_of_the_sentences_the_splitter_finds() {
        String text = LongParagraphTest.paragraph(30_000) + "Mr. Smith met Dr. Jones in the U.S. on Monday. The end.";
        PassageBreaks breaks = new PassageBreaks();
        breaks.setText(text);
        List<Integer> found = followingFromStart(breaks);
        assertEquals(sentenceStarts(text), found);
        int smith = text.indexOf("Mr. Smith");
        assertTrue(found.contains(smith) && found.stream().noneMatch(b -> b > smith && b < text.indexOf("The end.")),
                "no break inside \"Mr. Smith met Dr. Jones in the U.S. on Monday.\"");
    }

    @Test
    void preceding_and_following_agree_with_the_whole_list_wherever_they_are_asked_and_in_any_order() {
        String text = LongParagraphTest.paragraph(50_000);
        List<Integer> all = sentenceStarts(text);
        PassageBreaks breaks = new PassageBreaks();
        breaks.setText(text);
        for (int at : new int[] {40_000, 17, 45_000, 3, 12_345, 12_346, 49_999, 0, 20_000}) {
            int following = all.stream().filter(b -> b > at).findFirst().orElse(BreakIterator.DONE);
            int preceding = all.stream().filter(b -> b < at).reduce((x, y) -> y).orElse(BreakIterator.DONE);
            assertEquals(following, breaks.following(at), "following " + at);
            assertEquals(preceding, breaks.preceding(at), "preceding " + at);
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

    @Test
    void a_snippet_keeps_mr_smith_met_dr_jones_in_the_us_on_monday_one_sentence(@org.junit.jupiter.api.io.TempDir
                                                                                 java.nio.file.Path cache) {
        String text = "The talks were long and covered many subjects, from grain to energy and the security of "
                + "nuclear plants along the front line. Mr. Smith met Dr. Jones in the U.S. on Monday. They agreed.";
        org.dossier.model.Article a = SearchFixtures.article("talks", "Talks", null, List.of(text));
        try (SearchIndex index = SearchIndex.open(SearchFixtures.withArticles(List.of(a)), cache)) {
            String snippet = index.search("jones", 10).articles().get(0).snippet();
            assertTrue(snippet.contains("Mr. Smith met Dr. <b>Jones</b> in the U.S. on Monday."), snippet);
        }
    }
}
