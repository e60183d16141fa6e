package org.dossier.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Dossier's one sentence splitter: discovery's analysis, evidence, suggestions, search snippets, "Mentioned in"
 * and the import's paragraphs all cut sentences here, so a sentence is the same span wherever it is shown. Where a
 * sentence ends is decided by {@link SentenceEnds} from the characters around each stop ("Mr. Smith met Dr. Jones in
 * the U.S. on Monday." is one sentence).
 *
 * <p>A run of text longer than {@link #LONGEST} characters without a sentence end (a text without punctuation) is
 * cut into pieces at the last white space before each multiple of {@link #STEP}, counted from the paragraph's
 * start; each piece counts as a sentence, and none is longer than {@code LONGEST}. Both the place of the cuts and
 * the ends of sentences depend only on the text near them, so {@link #around} reads at most a few times
 * {@code LONGEST} characters, however long the paragraph, and gives exactly the span that {@link #in} gives for
 * the same place.
 */
public final class Sentences {

    /** The longest sentence: a longer run of text without a sentence end is cut at white space. */
    public static final int LONGEST = 1_500;

    /** The grid an over-long run is cut on: half the longest sentence, so that no piece is longer. */
    static final int STEP = LONGEST / 2;

    /** A sentence's span in its paragraph, end exclusive and without surrounding white space. */
    public record Span(int start, int end) {
        public int length() {
            return end - start;
        }
    }

    private Sentences() {
    }

    /** The sentences of a paragraph, in order. Reads the paragraph once. */
    public static List<Span> in(String paragraph) {
        List<Span> out = new ArrayList<>();
        int start = SentenceEnds.skipSpace(paragraph, 0);
        int i = start;
        while (i < paragraph.length()) {
            SentenceEnds.Break b = SentenceEnds.at(paragraph, i);
            if (b == null) {
                i++;
                continue;
            }
            addRun(paragraph, start, b.end(), out);
            start = b.next();
            i = Math.max(b.next(), i + 1);
        }
        addRun(paragraph, start, SentenceEnds.trimEnd(paragraph, paragraph.length()), out);
        return out;
    }

    /**
     * The sentence that holds the character at {@code offset} (white space between two sentences belongs to the
     * next). Reads only the text near {@code offset}, so asking for every mention of a long paragraph stays cheap.
     */
    public static Span around(String paragraph, int offset) {
        int at = Math.max(0, Math.min(offset, paragraph.length()));
        int runStart = runStartBefore(paragraph, at);
        int from = runStart >= 0 ? runStart : Math.max(0, at - 2 * LONGEST);
        int runEnd = runEndAfter(paragraph, Math.max(from, at), at);
        if (runStart >= 0 && runEnd >= 0 && runEnd - runStart <= LONGEST) {
            return new Span(runStart, Math.max(runStart, runEnd));
        }
        return pieceAround(paragraph, at, runStart, runEnd);
    }

    /** Where the sentence holding {@code at} starts, if a sentence end lies within {@code 2 * LONGEST} before it; else -1. */
    private static int runStartBefore(String s, int at) {
        int limit = Math.max(0, at - 2 * LONGEST);
        // From the end of the white space at the offset: a line break there ends the sentence before it.
        for (int i = SentenceEnds.skipSpace(s, at) - 1; i >= limit; i--) {
            SentenceEnds.Break b = SentenceEnds.at(s, i);
            if (b != null && b.end() <= at) {
                return b.next();
            }
        }
        return limit == 0 ? SentenceEnds.skipSpace(s, 0) : -1;
    }

    /** Where the sentence holding {@code at} ends, if within {@code 2 * LONGEST} after {@code from}; else -1. */
    private static int runEndAfter(String s, int from, int at) {
        int limit = Math.min(s.length(), from + 2 * LONGEST);
        for (int i = from; i < limit; i++) {
            SentenceEnds.Break b = SentenceEnds.at(s, i);
            if (b != null && b.end() > at) {
                return b.end();
            }
        }
        return limit == s.length() ? SentenceEnds.trimEnd(s, s.length()) : -1;
    }

    /** The piece of an over-long run that holds {@code at}; a bound of the run not found is -1 (far away). */
    private static Span pieceAround(String s, int at, int runStart, int runEnd) {
        int pos = Math.max(SentenceEnds.skipSpace(s, at), runStart); // white space belongs to the piece after it
        int k = Math.max(1, pos / STEP - 1);
        int before = 0;
        for (int c = cut(s, k); c <= pos && c < s.length(); c = cut(s, ++k)) {
            before = c;
        }
        int after = cut(s, k);
        int start = Math.max(SentenceEnds.skipSpace(s, before), runStart);
        int end = SentenceEnds.trimEnd(s, runEnd >= 0 ? Math.min(after, runEnd) : after);
        return new Span(start, Math.max(start, end));
    }

    /** The sentence [start, end), or its pieces if it is too long. */
    private static void addRun(String s, int start, int end, List<Span> out) {
        if (end <= start) {
            return;
        }
        if (end - start <= LONGEST) {
            out.add(new Span(start, end));
            return;
        }
        int from = start;
        for (int k = Math.max(1, start / STEP); k * (long) STEP - STEP / 2 < end; k++) {
            int c = cut(s, k);
            if (c > from && c < end) {
                addPiece(s, from, c, out);
                from = c;
            }
        }
        addPiece(s, from, end, out);
    }

    private static void addPiece(String s, int from, int to, List<Span> out) {
        int start = SentenceEnds.skipSpace(s, from);
        int end = SentenceEnds.trimEnd(s, to);
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    /**
     * Where an over-long run is cut near {@code k * STEP}: the last white space in the half step before it; else
     * right there (never between the two halves of a surrogate pair). Cuts are at least half a step apart.
     */
    private static int cut(String s, int k) {
        long at = k * (long) STEP;
        if (at >= s.length()) {
            return s.length();
        }
        for (int i = (int) at; i > at - STEP / 2; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(s.charAt((int) at)) ? (int) at - 1 : (int) at;
    }
}
