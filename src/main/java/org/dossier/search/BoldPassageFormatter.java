package org.dossier.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the highlighter's passages as the snippet {@link ArticleHit} promises: plain text with only
 * {@code <}, {@code >} and {@code &} escaped (Lucene's own formatter also escapes quotes and slashes, which a
 * reader would then see), matched words in {@code <b>…</b>}, line and paragraph breaks as spaces, and "…" where the
 * passage does not start or end with the article.
 */
final class BoldPassageFormatter extends PassageFormatter {

    static final String ELLIPSIS = "…";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < passages.length; i++) {
            if (i > 0) {
                out.append(' ').append(ELLIPSIS).append(' ');
            } else if (passages[i].getStartOffset() > 0) {
                out.append(ELLIPSIS);
            }
            StringBuilder passage = new StringBuilder();
            append(passage, passages[i], content);
            out.append(passage.toString().strip());
        }
        if (passages.length > 0 && !blankFrom(content, passages[passages.length - 1].getEndOffset())) {
            out.append(ELLIPSIS);
        }
        return out.toString();
    }

    /** Whether only white space follows; stops at the first word, so it costs nothing on a long text. */
    private static boolean blankFrom(String content, int from) {
        for (int i = from; i < content.length(); i++) {
            if (!Character.isWhitespace(content.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void append(StringBuilder out, Passage passage, String content) {
        int at = passage.getStartOffset();
        int[] starts = passage.getMatchStarts();
        int[] ends = passage.getMatchEnds();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int start = Math.max(starts[i], at);
            int end = ends[i];
            // Overlapping matches (a word inside a matched phrase) become one marked span.
            while (i + 1 < passage.getNumMatches() && starts[i + 1] <= end) {
                end = Math.max(end, ends[++i]);
            }
            if (end <= start) {
                continue;
            }
            escape(out, content, at, start);
            out.append("<b>");
            escape(out, content, start, end);
            out.append("</b>");
            at = end;
        }
        escape(out, content, at, passage.getEndOffset());
    }

    private static void escape(StringBuilder out, String content, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r', IndexDocuments.PARAGRAPH_BREAK -> out.append(' ');
                default -> out.append(c);
            }
        }
    }
}
