package org.dossier.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where the highlighter may start and end a passage: the ends of sentences, found only in the text near the
 * matches, and white space inside a sentence too long to show whole.
 *
 * <p>Why not the JDK's sentence iterator alone: its {@code preceding} backs up towards the start of the text to
 * find a safe place to restart its rules, so on one long paragraph each passage cost the length of the text
 * before it, and a snippet the square of the paragraph's length (a minute for 2 MB). Here the JDK iterator only
 * ever runs forwards ({@code next}), over windows of at most {@link #WINDOW} characters: the boundaries it finds
 * are kept, sorted, so that the highlighter's calls, which move forwards through the text, cost a binary search.
 * A call far from what was scanned starts a new scan near it instead of reading the text in between. A sentence
 * longer than {@link #LONGEST} characters (or a text with no sentence ends at all) is cut at white space, so a
 * passage is never much longer than that.
 *
 * <p>Only what {@link org.apache.lucene.search.uhighlight.LengthGoalBreakIterator} calls is needed: text,
 * {@code first}, {@code last}, {@code current}, {@code next}, {@code following} and {@code preceding}.
 */
final class PassageBreaks extends BreakIterator {

    /** The most text handed to the JDK's sentence iterator at once. */
    static final int WINDOW = 4096;
    /** The longest text between two breaks. */
    static final int LONGEST = 400;
    /** Sentence ends this close to a window's end are not trusted: the rules look at the text after them. */
    private static final int MARGIN = 64;

    private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    private String text = "";
    /** The index of the text's first character, for text given as a {@link CharacterIterator} that starts later. */
    private int origin;
    private int current;
    /** Every break from {@code known[0]} to {@code known[count - 1]}, in order; the first is where scanning began. */
    private int[] known = new int[64];
    private int count;

    @Override
    public void setText(String newText) {
        text = newText;
        origin = 0;
        count = 0;
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
        cover(Math.max(at, 0));
        int i = Arrays.binarySearch(known, 0, count, at);
        current = known[i >= 0 ? i + 1 : -i - 1];
        return origin + current;
    }

    @Override
    public int preceding(int offset) {
        int at = offset - origin;
        if (at <= 0) {
            current = 0;
            return DONE;
        }
        cover(Math.min(at, text.length()) - 1);
        int i = Arrays.binarySearch(known, 0, count, at);
        current = known[i >= 0 ? i - 1 : -i - 2];
        return origin + current;
    }

    /** Makes sure every break around {@code at} is known: one at or before it, and one after it (or the end). */
    private void cover(int at) {
        if (count == 0 || at < known[0] || at > known[count - 1] + WINDOW) {
            count = 0;
            add(at <= WINDOW / 2 ? 0 : wordStart(at - WINDOW / 2));
        }
        while (known[count - 1] <= at && known[count - 1] < text.length()) {
            scanFrom(known[count - 1]);
        }
    }

    /** Adds the breaks of one window starting at a break; always adds at least one. */
    private void scanFrom(int start) {
        int end = Math.min(text.length(), start + WINDOW);
        int trusted = end == text.length() ? end : end - MARGIN;
        sentences.setText(new StringCharacterIterator(text, start, end, start));
        sentences.first();
        int last = start;
        for (int b = sentences.next(); b != DONE && b <= trusted; b = sentences.next()) {
            cutLong(last, b);
            add(b);
            last = b;
        }
        if (last < trusted) {
            cutLong(last, trusted);
        }
    }

    /** Breaks at white space between two breaks too far apart (or up to where no break was found). */
    private void cutLong(int from, int to) {
        int at = from;
        while (to - at > LONGEST) {
            at = cutBefore(at + LONGEST / 2, at + LONGEST);
            add(at);
        }
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

    /** The first word start at or after {@code from}, looking no further than {@link #LONGEST}; else from. */
    private int wordStart(int from) {
        int limit = Math.min(text.length(), from + LONGEST);
        for (int i = from; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return from;
    }

    private void add(int boundary) {
        if (count == known.length) {
            known = Arrays.copyOf(known, count * 2);
        }
        known[count++] = boundary;
    }
}
