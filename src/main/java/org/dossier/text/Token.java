package org.dossier.text;

/**
 * One word or punctuation mark: its span in the paragraph (UTF-16 offsets, end exclusive) and its part of speech.
 */
public record Token(int start, int end, PartOfSpeech pos) {

    /** The token's characters in {@code paragraph}. */
    public String text(String paragraph) {
        return paragraph.substring(start, end);
    }
}
