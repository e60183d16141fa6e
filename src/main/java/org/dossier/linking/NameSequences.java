package org.dossier.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.Mention;

/**
 * Finds the runs of capitalised words in a paragraph that could be names ("European Council", "Minister
 * Dmytro Kuleba"), ignoring words that are already linked. A run continues over single spaces and over small
 * joining words ("Ministry of Defence", "Ursula von der Leyen"), and ends at punctuation, at a possessive
 * ending and at a linked mention.
 */
final class NameSequences {

    /** A run of words, and whether it is the first thing in its sentence (so its capital may mean nothing). */
    record Run(List<Word> words, boolean sentenceInitial) {
        int start() {
            return words.get(0).start();
        }

        int end() {
            return words.get(words.size() - 1).end();
        }
    }

    /** A word's span; {@code end} leaves out a possessive ending. */
    record Word(int start, int end, String text, boolean possessive, boolean sentenceStart) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean capitalised() {
            char c = text.charAt(0);
            return Character.isUpperCase(c) || Character.isTitleCase(c);
        }
    }

    /** Small words that may sit inside a name, never at its ends. */
    static final Set<String> JOINERS = Set.of("of", "for", "on", "the", "de", "du", "da", "del", "der",
            "van", "von", "al", "bin", "la", "le");

    private NameSequences() {
    }

    /** The runs in {@code text}, skipping words that overlap one of {@code linked}. */
    static List<Run> in(String text, List<Mention> linked) {
        boolean[] covered = new boolean[text.length()];
        for (Mention m : linked) {
            for (int k = m.start(); k < Math.min(m.end(), text.length()); k++) {
                covered[k] = true;
            }
        }
        List<Run> runs = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        Word previous = null;
        for (Word w : words(text)) {
            boolean joined = previous != null && !previous.possessive() && isSingleSpace(text, previous.end(), w.start());
            if (!joined) {
                flush(current, runs);
            }
            if (isLinked(w, covered)) {
                flush(current, runs);
            } else if (w.capitalised()) {
                current.add(w);
            } else if (!current.isEmpty() && JOINERS.contains(w.lower())) {
                current.add(w);
            } else {
                flush(current, runs);
            }
            previous = w;
        }
        flush(current, runs);
        return runs;
    }

    private static void flush(List<Word> current, List<Run> runs) {
        int end = current.size();
        while (end > 0 && !current.get(end - 1).capitalised()) {
            end--;
        }
        if (end > 0) {
            runs.add(new Run(List.copyOf(current.subList(0, end)), current.get(0).sentenceStart()));
        }
        current.clear();
    }

    private static boolean isLinked(Word w, boolean[] covered) {
        for (int k = w.start(); k < w.end(); k++) {
            if (covered[k]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSingleSpace(String text, int from, int to) {
        return to - from == 1 && (text.charAt(from) == ' ' || text.charAt(from) == '\u00A0');
    }

    /** The words of a paragraph: letters and digits, with apostrophes and hyphens inside them. */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int previousEnd = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i))
                    || (isInnerMark(text.charAt(i)) && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                i++;
            }
            int end = i;
            boolean possessive = end - start > 2 && isApostrophe(text.charAt(end - 2))
                    && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S');
            if (possessive) {
                end -= 2;
            } else if (i < text.length() && isApostrophe(text.charAt(i))) {
                possessive = true;
            }
            boolean sentenceStart = words.isEmpty() || startsSentence(text, previousEnd, start);
            words.add(new Word(start, end, text.substring(start, end), possessive, sentenceStart));
            previousEnd = i;
        }
        return words;
    }

    private static boolean startsSentence(String text, int gapStart, int gapEnd) {
        for (int k = gapStart; k < gapEnd; k++) {
            if (".!?:;…\"“«(".indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInnerMark(char c) {
        return c == '-' || isApostrophe(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
