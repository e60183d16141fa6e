package org.dossier.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into paragraphs without changing a word or a punctuation mark: only the white space between words
 * is tidied (a run of spaces, tabs or line breaks inside a paragraph becomes one space). Non-breaking spaces are
 * kept, since they are part of how a text was written ("24 February").
 */
final class Paragraphs {

    private static final Pattern BLANK_LINE = Pattern.compile("\n[\\t\\x0B\\f ]*\n\\s*");
    private static final Pattern ANY_LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\t\\n\\x0B\\f\\r ]+");
    /**
     * Two or more spaces after the end of a sentence and before the next one: in a body joined into one line, this
     * is where the paragraphs met.
     */
    private static final Pattern DOUBLE_SPACED_END = Pattern.compile("(?<=[.!?…][\"”’»)]?) {2,}(?=[\"“«(]?[\\p{Lu}\\d])");
    private static final Pattern SINGLE_SPACED_END = Pattern.compile("(?<=[.!?…][\"”’»)]?) (?=[\"“«(]?[\\p{Lu}\\d])");

    private Paragraphs() {
    }

    /**
     * A body's paragraphs, and whether Dossier added breaks the source did not have.
     *
     * @param split true when the body came as one block and was split into paragraphs ({@link ReadableParagraphs})
     */
    record Body(List<String> paragraphs, boolean split) {
        Body {
            paragraphs = List.copyOf(paragraphs);
        }

        boolean isEmpty() {
            return paragraphs.isEmpty();
        }
    }

    /**
     * A text file's paragraphs: blank lines separate them, single line breaks only wrap the lines. A text with no
     * blank line is one block: it is given {@link ReadableParagraphs readable paragraphs}.
     */
    static Body ofText(String text) {
        String unix = unixLineEnds(text);
        if (!BLANK_LINE.matcher(unix).find()) {
            return ofBlock(unix);
        }
        return new Body(clean(BLANK_LINE.split(unix)), false);
    }

    /** Windows' and old Macs' line ends as '\n', so that "\r\n" is one line break, not two. */
    static String unixLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * A CSV cell's paragraphs. A cell is not wrapped, so every line break in it is a paragraph break. A cell on one
     * line (the paragraphs of a page joined by spaces) is given {@link ReadableParagraphs readable paragraphs}.
     */
    static Body ofCell(String cell) {
        if (cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            return new Body(clean(ANY_LINE_BREAK.split(cell.strip())), false);
        }
        return ofBlock(cell);
    }

    private static Body ofBlock(String block) {
        List<String> paragraphs = ReadableParagraphs.of(block);
        return new Body(paragraphs, paragraphs.size() > 1);
    }

    /**
     * One line of text split only where two spaces follow the end of a sentence, and only when that is clearly a
     * paragraph break rather than someone's habit: fewer than half of its sentence ends are so spaced.
     */
    static List<String> atDoubleSpacedEnds(String line) {
        int doubled = count(DOUBLE_SPACED_END.matcher(line));
        int single = count(SINGLE_SPACED_END.matcher(line));
        if (doubled > 0 && doubled < single) {
            return clean(DOUBLE_SPACED_END.split(line));
        }
        return clean(new String[] {line});
    }

    /** One paragraph from a piece of text, its white space tidied; empty if there are no words. */
    static String tidy(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static List<String> clean(String[] parts) {
        List<String> out = new ArrayList<>(parts.length);
        for (String part : parts) {
            String p = tidy(part);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
