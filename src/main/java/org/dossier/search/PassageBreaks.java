package org.dossier.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import org.dossier.model.Sentences;

/**
 * Where the highlighter may start and end a passage: the starts of sentences as Dossier's one splitter
 * ({@link Sentences}) finds them, so a snippet cuts sentences where the reading pane, "Mentioned in" and the
 * evidence do ("Mr. Smith" stays whole), and white space inside a sentence too long to show whole.
 *
 * <p>Each call reads only the text near where it is asked ({@link Sentences#around} reads a few thousand characters
 * at most), never from the start of the text: on one long paragraph a snippet costs the paragraph's length, not its
 * square (the JDK's sentence iterator backs up towards the start in {@code preceding}, and a 2 MB paragraph took a
 * minute). A sentence longer than {@link #LONGEST} characters (or a run of text with no sentence end) is cut at white
 * space, so a passage is never much longer than that.
 *
 * <p>Only what {@link org.apache.lucene.search.uhighlight.LengthGoalBreakIterator} calls is needed: text,
 * {@code first}, {@code last}, {@code current}, {@code next}, {@code following} and {@code preceding}.
 */
final class PassageBreaks extends BreakIterator {

    /** The longest text between two breaks. */
    static final int LONGEST = 400;

    private String text = "";
    /** The index of the text's first character, for text given as a {@link CharacterIterator} that starts later. */
    private int origin;
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        origin = 0;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
        origin = newText.getBeginIndex();
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text, 0, text.length(), current);
    }

    @Override
    public int first() {
        current = 0;
        return origin;
    }

    @Override
    public int last() {
        current = text.length();
        return origin + current;
    }

    @Override
    public int current() {
        return origin + current;
    }

    @Override
    public int next() {
        return following(origin + current);
    }

    @Override
    public int next(int n) {
        int at = current();
        for (int i = 0; i < Math.abs(n) && at != DONE; i++) {
            at = n > 0 ? next() : previous();
        }
        return at;
    }

    @Override
    public int previous() {
        return preceding(origin + current);
    }

    @Override
    public int following(int offset) {
        int at = offset - origin;
        if (at >= text.length()) {
            current = text.length();
            return DONE;
        }
        Sentences.Span s = Sentences.around(text, Math.max(at, 0));
        int found;
        if (s.start() > at) {
            found = s.start();
        } else {
            int cut = firstCutAfter(s, at);
            int next = s.end() < text.length() ? Sentences.around(text, s.end()).start() : text.length();
            // Past the last sentence (white space at the end) only the end of the text is left.
            found = cut >= 0 ? cut : next > at ? next : text.length();
        }
        current = found;
        return origin + current;
    }

    @Override
    public int preceding(int offset) {
        int at = Math.min(offset - origin, text.length());
        if (at <= 0) {
            current = 0;
            return DONE;
        }
        Sentences.Span s = Sentences.around(text, at - 1);
        if (s.start() >= at) {
            int q = lastWordBefore(at);
            s = q < 0 ? null : Sentences.around(text, q);
        }
        current = s == null ? 0 : lastBreakBefore(s, at);
        return origin + current;
    }

    /** The first place after {@code at} where a sentence too long to show whole is cut, or -1. */
    private int firstCutAfter(Sentences.Span s, int at) {
        for (int c = nextCut(s, s.start()); c >= 0; c = nextCut(s, c)) {
            if (c > at) {
                return c;
            }
        }
        return -1;
    }

    /** The sentence's start or its last cut before {@code at}. */
    private int lastBreakBefore(Sentences.Span s, int at) {
        int last = s.start();
        for (int c = nextCut(s, s.start()); c >= 0 && c < at; c = nextCut(s, c)) {
            last = c;
        }
        return last;
    }

    /** The cut after {@code from} in a sentence longer than {@link #LONGEST}, or -1 when the rest is short enough. */
    private int nextCut(Sentences.Span s, int from) {
        return s.end() - from > LONGEST ? cutBefore(from + LONGEST / 2, from + LONGEST) : -1;
    }

    /** The last place after white space in (low, high], or high itself (never inside a surrogate pair). */
    private int cutBefore(int low, int high) {
        for (int i = high; i > low; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isHighSurrogate(text.charAt(high - 1)) ? high - 1 : high;
    }

    /** The last character before {@code at} that is not white space, looking back one sentence at most; else -1. */
    private int lastWordBefore(int at) {
        for (int q = at - 1; q >= 0 && at - q <= Sentences.LONGEST; q--) {
            if (!Character.isWhitespace(text.charAt(q))) {
                return q;
            }
        }
        return -1;
    }
}
