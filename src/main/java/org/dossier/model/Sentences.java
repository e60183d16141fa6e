package org.dossier.model;

/**
 * Finds sentence boundaries in a paragraph: a sentence ends at '.', '!' or '?' (with any closing quotes or
 * brackets) followed by white space and an upper-case letter, digit or opening quote. Good enough for news
 * prose; abbreviations such as "U.S. officials" are kept together because a lower-case word follows.
 */
public final class Sentences {

    /** A sentence's span in its paragraph, end exclusive and without trailing white space. */
    public record Span(int start, int end) {
    }

    private Sentences() {
    }

    /** The sentence that contains the character at {@code offset}. */
    public static Span around(String paragraph, int offset) {
        int start = 0;
        int i = 0;
        while (i < paragraph.length()) {
            int end = endOfSentenceAt(paragraph, i);
            if (end > 0) {
                if (offset < end) {
                    return new Span(start, end);
                }
                start = skipSpace(paragraph, end);
                i = start;
            } else {
                i++;
            }
        }
        return new Span(start, trimEnd(paragraph, paragraph.length()));
    }

    /** If a sentence ends with the terminator at {@code i}, the index just past it (and its closing marks); else -1. */
    private static int endOfSentenceAt(String s, int i) {
        char c = s.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return -1;
        }
        int j = i + 1;
        while (j < s.length() && isCloser(s.charAt(j))) {
            j++;
        }
        if (j >= s.length()) {
            return -1;
        }
        if (!Character.isWhitespace(s.charAt(j))) {
            return -1;
        }
        int k = skipSpace(s, j);
        if (k >= s.length()) {
            return -1;
        }
        char next = s.charAt(k);
        return Character.isUpperCase(next) || Character.isDigit(next) || isOpener(next) ? j : -1;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u2019' || c == '\u201D' || c == ')' || c == ']';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '\u2018' || c == '\u201C' || c == '(';
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String s, int end) {
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
