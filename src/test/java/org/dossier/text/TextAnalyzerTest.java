package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The text pipeline: sentences and tokens with spans, parts of speech, lemmas, and bounds on hostile text. */
class TextAnalyzerTest {

    private final TextAnalyzer analyzer = TextAnalyzer.english();

    private static List<String> texts(String paragraph, List<Sentence> sentences) {
        return sentences.stream().map(s -> s.text(paragraph)).toList();
    }

    @Test
    void sentences_come_with_their_spans_and_mr_smith_is_not_cut() {
        String p = "Mr. Smith met Dr. Jones and Andriy Yermak in the U.S. on Monday. They signed a memorandum.";
        List<Sentence> sentences = analyzer.sentences(p);
        assertEquals(List.of("Mr. Smith met Dr. Jones and Andriy Yermak in the U.S. on Monday.",
                "They signed a memorandum."), texts(p, sentences));
        Token yermak = sentences.get(0).tokens().stream().filter(t -> t.text(p).equals("Yermak")).findFirst().orElseThrow();
        assertEquals(PartOfSpeech.PROPER_NOUN, yermak.pos());
        assertEquals(p.indexOf("Yermak"), yermak.start());
    }

    @Test
    void lemmas_are_given_for_the_tokens_asked_only() {
        String p = "Poland signed the treaty and met Denmark.";
        List<Token> verbs = analyzer.sentences(p).get(0).tokens().stream()
                .filter(t -> t.pos() == PartOfSpeech.VERB).toList();
        assertEquals(List.of("sign", "meet"), analyzer.lemmas(p, verbs));
    }

    @Test
    void a_paragraph_of_176000_characters_without_punctuation_is_cut_into_bounded_sentences() {
        String words = String.join(" ", IntStream.range(0, 22_000).mapToObj(i -> i % 7 == 0 ? "Kyiv" : "word").toList());
        assertTrue(words.length() > 100_000);
        String p = (words + " " + words).substring(0, 176_000);
        List<Sentence> sentences = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> analyzer.sentences(p));
        assertTrue(sentences.size() > 100, "cut into pieces");
        assertTrue(sentences.stream().allMatch(s -> s.end() - s.start() <= TextAnalyzer.MAX_SENTENCE_CHARS));
        assertEquals(p.stripTrailing().length(), sentences.get(sentences.size() - 1).end());
    }

    @Test
    void cyrillic_and_all_capitals_and_mixed_text_are_read_without_trouble() {
        String p = "Президент України Володимир Зеленський провів зустріч. UKRAINE AND POLAND SIGN DEAL ON GRAIN. "
                + "Зеленський met Duda in Київ.";
        List<Sentence> sentences = analyzer.sentences(p);
        assertEquals(3, sentences.size());
        for (Sentence s : sentences) {
            assertTrue(s.tokens().stream().allMatch(t -> t.start() >= s.start() && t.end() <= s.end()));
        }
    }

    @Test
    void many_threads_analyse_at_once_and_get_what_one_thread_gets() {
        String p = "President of Ukraine Volodymyr Zelenskyy had a phone conversation with Prime Minister of Canada "
                + "Justin Trudeau. They discussed sanctions against Russia.";
        List<Sentence> alone = analyzer.sentences(p);
        List<List<Sentence>> together = IntStream.range(0, 64).parallel().mapToObj(i -> analyzer.sentences(p)).toList();
        together.forEach(s -> assertEquals(alone, s));
    }
}
