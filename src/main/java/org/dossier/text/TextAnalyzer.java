package org.dossier.text;

import java.util.List;
import org.dossier.model.Sentences;

/**
 * Reads English text: sentences, tokens and parts of speech for a whole paragraph, and lemmas only for the words
 * that need them (lemmatising is the costly part). Implementations are safe to use from many threads at once and
 * bounded on any input: a paragraph of 176,000 characters without punctuation costs time in proportion to its
 * length, never more.
 */
public interface TextAnalyzer {

    /** The longest sentence: a longer run of text without a sentence end is cut at white space ({@link Sentences}). */
    int MAX_SENTENCE_CHARS = Sentences.LONGEST;

    /** The sentences of a paragraph, in order, each with its tagged tokens. */
    List<Sentence> sentences(String paragraph);

    /**
     * The dictionary forms of the given tokens of {@code paragraph} ("signed" → "sign"), lower case, in order.
     * Only these tokens are read, so asking for the verbs of one sentence costs little.
     */
    List<String> lemmas(String paragraph, List<Token> tokens);

    /** The analyser with the English models shipped inside Dossier, loaded once when first asked for. */
    static TextAnalyzer english() {
        return OpenNlpAnalyzer.shared();
    }
}
