package org.dossier.linking;

import java.util.Set;

/**
 * What stands right before and after a form in a paragraph, and what that says about the entity it may name.
 * Before a short form: the name, possessive or demonym of what the entity belongs to supports it ("Ukraine’s own
 * Armed Forces", "Ukrainian Armed Forces"); those of anything else, or another capitalised name word, rule it out
 * ("Russia’s Armed Forces", "the Russian Federation's Armed Forces", "the United Arab Emirates Armed Forces").
 * After it: "of" and what it belongs to, or something else, for an entity whose own name says whose it is that way
 * ("the Armed Forces of the Russian Federation"); and a capitalised word that makes it part of a longer name
 * ("Armed Forces Day"). Titles and common words ("Minister Smetanin", "The Armed Forces", "Our Armed Forces") say
 * nothing.
 */
final class Neighbours {

    /** What the words next to a form say about one entity. */
    enum Verdict {
        /** Nothing either way. */
        NONE,
        /** What the entity belongs to qualifies the form: it means the entity. */
        OWNER,
        /** Something else qualifies the form, or it is part of a longer name: it does not mean the entity. */
        FOREIGN
    }

    /** Longest a run of capitalised words after a demonym is read, looking for an institution's head word. */
    private static final int LONGEST_NAME = 8;

    private final String text;
    private final FormTable forms;
    /** For each offset, the entities of the longest form found in the paragraph that ends (or starts) there. */
    private final LongestAt endingAt;
    private final LongestAt startingAt;

    Neighbours(String text, FormTable forms, LongestAt endingAt, LongestAt startingAt) {
        this.text = text;
        this.forms = forms;
        this.endingAt = endingAt;
        this.startingAt = startingAt;
    }

    /** What the words before {@code [start, …)} say about {@code entity}. */
    Verdict before(int start, String entity) {
        int j = spacesBack(start);
        if (j == start || j == 0) {
            return Verdict.NONE;
        }
        boolean own = wordEndingAt(j).equalsIgnoreCase("own");
        if (own) {
            j = spacesBack(j - 3);
        }
        int p = withoutPossessive(j);
        if (own && p == j) {
            return Verdict.NONE; // "their own Armed Forces": a pronoun, which says nothing
        }
        Set<String> named = endingAt.get(p);
        if (named != null) {
            return verdict(named, entity);
        }
        return ContextWords.isNameWord(wordEndingAt(p)) ? Verdict.FOREIGN : Verdict.NONE;
    }

    /** What the words after {@code […, end)} say about {@code entity}. */
    Verdict after(int end, String entity) {
        if (end >= text.length() || withPossessiveAt(end) != end || !isSpace(text.charAt(end))) {
            return Verdict.NONE; // punctuation, or "Armed Forces' work": what follows is theirs, not their name
        }
        int k = spacesForward(end);
        String word = wordStartingAt(k);
        if (word.equals("of")) {
            int after = spacesForward(k + 2);
            after = wordStartingAt(after).equals("the") ? spacesForward(after + 3) : after;
            if (!forms.ownedAfterOf(entity)) {
                return Verdict.NONE; // "of" brings an object here ("the full-scale invasion of Ukraine")
            }
            // Whose it is, said in words: only what it belongs to means it ("the Armed Forces of the partners").
            Set<String> named = startingAt.get(after);
            return named != null ? verdict(named, entity) : Verdict.FOREIGN;
        }
        Set<String> named = startingAt.get(k);
        if (named != null && (named.contains(entity) || !java.util.Collections.disjoint(named, forms.ownersOf(entity)))) {
            return Verdict.NONE;
        }
        // No sentence starts here, so a capital, even on a common word, continues the name ("Armed Forces Day").
        return !word.isEmpty() && ContextWords.startsWithCapital(word) && !ContextWords.isTitle(word)
                ? Verdict.FOREIGN : Verdict.NONE;
    }

    /**
     * Whether a demonym ending at {@code end} is part of a longer proper name: followed by capitalised words that end
     * in an institution's head word ("Ukrainian Catholic University", "Danish Energy Center", "Ukrainian Council of
     * Churches").
     */
    boolean insideLongerName(int end) {
        int at = end;
        for (int n = 0; n < LONGEST_NAME && at < text.length() && text.charAt(at) == ' '; n++) {
            int k = at + 1;
            String word = wordStartingAt(k);
            if (word.isEmpty()) {
                return false;
            }
            boolean joiner = word.equals("of") || word.equals("for") || word.equals("the") || word.equals("de");
            if (!joiner && !ContextWords.startsWithCapital(word)) {
                return false;
            }
            if (!joiner && ContextWords.isInstitutionHead(bare(word))) {
                return true;
            }
            at = k + word.length();
        }
        return false;
    }

    private Verdict verdict(Set<String> named, String entity) {
        if (!java.util.Collections.disjoint(named, forms.ownersOf(entity))) {
            return Verdict.OWNER;
        }
        return named.contains(entity) ? Verdict.NONE : Verdict.FOREIGN;
    }

    /** The start of the spaces that end at {@code i} (i itself when none); only spaces and tabs, no line breaks. */
    private int spacesBack(int i) {
        int j = i;
        while (j > 0 && isSpace(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    private int spacesForward(int i) {
        int j = i;
        while (j < text.length() && isSpace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    /** {@code j} moved back over a possessive ending ("’s", "'s", "’") written just before it. */
    private int withoutPossessive(int j) {
        if (j >= 3 && (text.charAt(j - 1) == 's' || text.charAt(j - 1) == 'S') && isApostrophe(text.charAt(j - 2))
                && Character.isLetter(text.charAt(j - 3))) {
            return j - 2;
        }
        if (j >= 2 && isApostrophe(text.charAt(j - 1)) && Character.isLetter(text.charAt(j - 2))) {
            return j - 1;
        }
        return j;
    }

    /** {@code i} moved forward over a possessive ending written from it. */
    private int withPossessiveAt(int i) {
        if (i < text.length() && isApostrophe(text.charAt(i))) {
            boolean s = i + 1 < text.length() && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S');
            return s ? i + 2 : i + 1;
        }
        return i;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** The word (letters, digits, inner hyphens and apostrophes) that ends at {@code end}, or "". */
    private String wordEndingAt(int end) {
        int from = end;
        while (from > 0 && isWordChar(text.charAt(from - 1))) {
            from--;
        }
        return text.substring(from, end);
    }

    private String wordStartingAt(int start) {
        int to = start;
        while (to < text.length() && isWordChar(text.charAt(to))) {
            to++;
        }
        return text.substring(start, to);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }

    /** A word without its possessive ending ("Children's" → "Children"). */
    private static String bare(String word) {
        return word.replaceFirst("['\u2019][sS]?$", "");
    }
}
