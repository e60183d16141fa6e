package org.dossier.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Marks the unstemmed copy of each word that {@code KeywordRepeatFilter} made (it carries the keyword flag, so
 * the stemmer left it alone) with {@link TextAnalysis#EXACT_MARK}. Both copies sit at the same position, so
 * one field answers plain words through the stem ("exported" → {@code export}) and phrases and prefixes
 * through the exact form ({@code =exported}), without the two ever being confused.
 */
final class ExactFormFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    ExactFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            int length = term.length();
            char[] buffer = term.resizeBuffer(length + 1);
            System.arraycopy(buffer, 0, buffer, 1, length);
            buffer[0] = TextAnalysis.EXACT_MARK;
            term.setLength(length + 1);
            keyword.setKeyword(false);
        }
        return true;
    }
}
