package org.dossier.model;

import java.util.Locale;
import java.util.Set;

/**
 * Where a sentence ends, decided from the few characters around a full stop, exclamation or question mark: the
 * word before it and the word after it. Being local, the decision costs the same anywhere in a text of any length,
 * and the same text always gives the same answer, wherever one starts reading it.
 *
 * <p>A stop ends a sentence when white space and a capital, a digit or an opening quote follow it; but not after a
 * title written short ("Mr. Smith", "Gen. Zaluzhny", "St. Petersburg"), an initial ("Joseph R. Biden"), "e.g." or
 * "vs.", nor after a number's abbreviation before its number ("No. 5", "Art. 12", "Jan. 5"). An initial or an
 * abbreviation with stops inside ("U.S.", "p.m.") ends a sentence only before a word that usually opens one ("… at
 * 5 p.m. The meeting …"), not before a name ("the U.S. Senate"). A line break or paragraph separator always ends one.
 */
final class SentenceEnds {

    /** Titles written short: a name follows, so their stop ends nothing. Compared as written (capitalised). */
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof",
            "Gen", "Lt", "Col", "Sgt", "Capt", "Cpt", "Maj", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Fr", "Hon",
            "Pres", "Amb", "St", "Mt", "Ft");

    /** Abbreviations that stand before a number. */
    private static final Set<String> BEFORE_NUMBERS = Set.of("No", "Nos", "no", "Art", "art", "Fig", "Vol", "vol",
            "Ch", "ch", "Sec", "Para", "para", "p", "pp", "Nr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
            "Sept", "Oct", "Nov", "Dec");

    /** Abbreviations that never end a sentence. */
    private static final Set<String> NEVER_LAST = Set.of("e.g", "i.e", "vs", "cf", "viz", "approx", "ca", "incl");

    /** Words that usually open a sentence: after "U.S." or "p.m." they show that the sentence ended there. */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "This", "That", "These", "Those", "It", "Its",
            "He", "She", "We", "They", "I", "You", "There", "Here", "In", "On", "At", "For", "But", "And", "Or", "So",
            "However", "As", "After", "Before", "During", "Since", "If", "When", "While", "Our", "His", "Her", "Their",
            "My", "What", "Why", "How", "Now", "Then", "Today", "Yesterday", "Also", "According", "Meanwhile", "All",
            "Such", "Both", "Each", "Every", "No", "Not", "Some", "Many", "Most", "Thus", "Therefore", "Yet", "Still");

    /** The longest word looked at before a stop: enough for any abbreviation. */
    private static final int WORD = 24;

    /** Where a sentence ends ({@code end}, after its closing quotes) and where the next begins ({@code next}). */
    record Break(int end, int next) {
    }

    private SentenceEnds() {
    }

    static boolean isHardBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028';
    }

    static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    /** The break made by the character at {@code i}, or null when it ends no sentence. */
    static Break at(String s, int i) {
        char c = s.charAt(i);
        if (isHardBreak(c)) {
            return new Break(trimEnd(s, i), skipSpace(s, i));
        }
        if (!isTerminator(c)) {
            return null;
        }
        int j = i + 1;
        while (j < s.length() && isCloser(s.charAt(j))) {
            j++;
        }
        if (j >= s.length() || !Character.isWhitespace(s.charAt(j))) {
            return null;
        }
        int k = skipSpace(s, j);
        if (k >= s.length()) {
            return null;
        }
        if (hasHardBreak(s, j, k)) {
            return new Break(j, k);
        }
        char next = s.charAt(k);
        boolean opens = isOpener(next);
        if (!opens && !Character.isUpperCase(next) && !Character.isTitleCase(next) && !Character.isDigit(next)) {
            return null;
        }
        if (c == '.' && j == i + 1 && !stopEnds(s, i, k, opens)) {
            return null;
        }
        return new Break(j, k);
    }

    /** Whether the full stop at {@code i}, with the next sentence's first character at {@code k}, ends a sentence. */
    private static boolean stopEnds(String s, int i, int k, boolean quoteFollows) {
        if (i > 0 && s.charAt(i - 1) == '.') {
            return true; // an ellipsis written as dots
        }
        String word = wordBefore(s, i);
        if (TITLES.contains(word) || NEVER_LAST.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (word.isEmpty()) {
            return !isListNumber(s, i);
        }
        if (quoteFollows) {
            return true;
        }
        boolean digitFollows = Character.isDigit(s.charAt(k));
        if (BEFORE_NUMBERS.contains(word)) {
            return !digitFollows;
        }
        if ((word.length() == 1 && Character.isUpperCase(word.charAt(0))) || word.indexOf('.') > 0) {
            // An initial ("Joseph R. Biden") or an abbreviation with inner stops ("the U.S. Senate").
            return digitFollows || OPENERS.contains(wordAt(s, k));
        }
        return true;
    }

    /** A number of at most three digits that opens a sentence or follows a colon, as a list's items do ("… Lviv. 3. Sumy"). */
    private static boolean isListNumber(String s, int i) {
        int from = i;
        while (from > 0 && i - from <= 3 && Character.isDigit(s.charAt(from - 1))) {
            from--;
        }
        if (from == i || i - from > 3) {
            return false;
        }
        int before = SentenceEnds.trimEnd(s, from);
        return before == 0 || (before < from && (isTerminator(s.charAt(before - 1)) || s.charAt(before - 1) == ':'));
    }

    /** The letters and inner stops just before {@code i} ("Mr", "U.S", "e.g"), or "" when a letter does not end it. */
    private static String wordBefore(String s, int i) {
        int from = i;
        while (from > 0 && i - from < WORD && (Character.isLetter(s.charAt(from - 1)) || s.charAt(from - 1) == '.')) {
            from--;
        }
        while (from < i && s.charAt(from) == '.') {
            from++;
        }
        if (from > 0 && i - from < WORD && Character.isLetterOrDigit(s.charAt(from - 1))) {
            return ""; // part of something longer, "x2.", not a word
        }
        return s.substring(from, i);
    }

    /** The word (letters only) starting at {@code k}. */
    private static String wordAt(String s, int k) {
        int to = k;
        while (to < s.length() && to - k < WORD && Character.isLetter(s.charAt(to))) {
            to++;
        }
        return s.substring(k, to);
    }

    private static boolean hasHardBreak(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isHardBreak(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u2019' || c == '\u201D' || c == '\u00BB' || c == ')' || c == ']';
    }

    static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '\u2018' || c == '\u201C' || c == '\u00AB' || c == '(' || c == '[';
    }

    static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static int trimEnd(String s, int end) {
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
