package org.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * How text becomes searchable words. Both analyzers split on Unicode word boundaries (so Cyrillic works as
 * well as Latin), drop possessive endings ("Russia’s" → russia), lower-case and fold diacritics to ASCII
 * ("Zelenskýy" → zelenskyy); Cyrillic letters are kept as they are, lower-cased.
 *
 * <ul>
 *   <li>{@link #TEXT} indexes articles and entities: English stop words are dropped and each word is indexed
 *   twice at one position, stemmed ({@code export}) for plain words, and exact with a mark
 *   ({@code =exports}) for phrases and prefixes, which must not be stemmed ("presiden*" would miss the stem
 *   {@code presid}).</li>
 *   <li>{@link #LABEL} is for names, aliases and titles: no stemming and no stop words, because the quick
 *   switcher matches what was typed, letter for letter, give or take a typo.</li>
 * </ul>
 */
final class TextAnalysis {

    /** Starts the exact, unstemmed form of a word in {@link #TEXT}; never produced by the tokenizer. */
    static final char EXACT_MARK = '=';
    private static final int PARAGRAPH_GAP = 100;

    static final Analyzer TEXT = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream words = new StopFilter(folded(source), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new ExactFormFilter(new PorterStemFilter(new KeywordRepeatFilter(words))));
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        /** Keeps phrases inside one paragraph (each paragraph is a value of the body field). */
        @Override
        public int getPositionIncrementGap(String field) {
            return PARAGRAPH_GAP;
        }
    };

    static final Analyzer LABEL = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, folded(source));
        }
    };

    /** One word of analysed text: its exact form (with the mark) and its stem, at a position. */
    record Word(int position, String exact, String stem) {
    }

    private TextAnalysis() {
    }

    private static TokenStream folded(TokenStream source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
    }

    /** The words of {@code text} as {@link #TEXT} indexes them; positions count dropped stop words too. */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = TEXT.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            String exact = null;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                if (term.charAt(0) == EXACT_MARK) {
                    exact = term.toString();
                } else {
                    words.add(new Word(position, exact, term.toString()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The words of {@code text} as {@link #LABEL} indexes them: lower case, folded, unstemmed. */
    static List<String> labelWords(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = LABEL.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** A name or alias reduced to compare with what was typed: "Volodymyr Zelenskyy’s" → "volodymyr zelenskyy". */
    static String normalForm(String text) {
        return String.join(" ", labelWords(text));
    }

    /** Lower-cased and folded, not split: for the text of a prefix ("Zelensk" → "zelensk"). */
    static String normalizedPrefix(String text) {
        return TEXT.normalize("", text).utf8ToString();
    }
}
