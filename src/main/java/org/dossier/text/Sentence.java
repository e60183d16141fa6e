package org.dossier.text;

import java.util.List;

/**
 * A sentence's span in its paragraph (UTF-16 offsets, end exclusive, no surrounding white space) and its tokens,
 * whose offsets are in the paragraph too. A run-on text without punctuation is cut into pieces of at most
 * {@link TextAnalyzer#MAX_SENTENCE_CHARS}, each one a sentence here.
 */
public record Sentence(int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The sentence's words in {@code paragraph}. */
    public String text(String paragraph) {
        return paragraph.substring(start, end);
    }
}
