package org.dossier.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.text.PartOfSpeech;
import org.dossier.text.Sentence;
import org.dossier.text.Token;

/**
 * One word of a sentence as name finding reads it: its span without a possessive ending or a sentence's full stop
 * ("Ukraine's", "Kyiv."), hyphenated parts joined ("Ivano-Frankivsk": the tokenizer splits them, a name does not),
 * what the tagger said, whether it begins the sentence, and whether a preposition of place comes before it.
 */
record RunWord(int start, int end, String text, PartOfSpeech pos, boolean possessive, boolean first,
               boolean locative) {

    String lower() {
        return NameWords.lower(text);
    }

    /** The sentence's tokens as words, punctuation included (a bracket tells an acronym's place). */
    static List<RunWord> of(String text, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<RunWord> words = new ArrayList<>(tokens.size());
        boolean first = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int last = hyphenatedEnd(text, tokens, i);
            if (last > i) {
                t = new Token(t.start(), tokens.get(last).end(), tokens.get(last).pos());
            }
            boolean locative = i > 0 && NameWords.LOCATIVES.contains(NameWords.lower(tokens.get(i - 1).text(text)));
            words.add(word(text, t, first && t.pos() != PartOfSpeech.PUNCTUATION, locative));
            first &= t.pos() == PartOfSpeech.PUNCTUATION;
            i = last;
        }
        return words;
    }

    private static int hyphenatedEnd(String text, List<Token> tokens, int i) {
        int last = i;
        while (last + 2 < tokens.size() && tokens.get(last + 1).start() == tokens.get(last).end()
                && tokens.get(last + 2).start() == tokens.get(last + 1).end()
                && tokens.get(last + 1).text(text).equals("-")) {
            last += 2;
        }
        return last;
    }

    private static RunWord word(String text, Token t, boolean first, boolean locative) {
        int end = t.end();
        String s = text.substring(t.start(), end);
        boolean possessive = false;
        if (s.length() > 3 && s.endsWith(".") && !s.equals(s.toUpperCase(Locale.ROOT))) {
            end--; // "Kyiv." at the end of a sentence the tokenizer left whole; "Mr." and "U.S." keep theirs
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 2 && (s.endsWith("'s") || s.endsWith("\u2019s"))) {
            end -= 2;
            possessive = true;
        } else if (s.length() > 2 && (s.endsWith("s'") || s.endsWith("s\u2019"))) {
            end -= 1;
            possessive = true;
        }
        return new RunWord(t.start(), end, text.substring(t.start(), end), t.pos(), possessive, first, locative);
    }

    /** Capitalised, not a pronoun ("I"), a month or a day: may be part of a name. */
    boolean isNameWord() {
        if (text.isEmpty() || NameWords.NOT_NAMES.contains(lower()) || pos == PartOfSpeech.PUNCTUATION) {
            return false;
        }
        char c = text.charAt(0);
        return (Character.isUpperCase(c) || Character.isTitleCase(c)) && pos != PartOfSpeech.PRONOUN;
    }

    /** Two to eight capitals, digits or dots: "IAEA", "G7", "U.S.". */
    static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 8 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(Character.isUpperCase(c) || Character.isDigit(c) || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** Most of the words in capitals: a headline or a shout, whose capitals mean nothing. */
    static boolean isShouted(List<RunWord> words) {
        int letters = 0;
        int capitals = 0;
        for (RunWord w : words) {
            String s = w.text();
            if (s.length() > 1 && Character.isLetter(s.charAt(0))) {
                letters++;
                if (s.equals(s.toUpperCase(Locale.ROOT))) {
                    capitals++;
                }
            }
        }
        return letters >= 4 && capitals * 10 >= letters * 6;
    }
}
