package org.dossier.model;

/**
 * Text from a store file, a file name or imported text, made safe to show on one line. Such text may hold any
 * character: a file named with a line break and ":1:1: fake problem" printed a forged problem line of its own, escape
 * sequences reached the terminal, and a right-to-left override turns "gpj.exe" around. Here control characters (C0,
 * DEL, C1), the line and paragraph separators and the bidirectional controls (which reorder what is shown) are written
 * as escapes ({@code \n}, {@code \u001b}, {@code \u202e}), so that one value is one visible piece of one line. The
 * command line prints through it, and the window shows file names and problems through it.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** The text with every character that could break a line, command a terminal or reorder it written as an escape. */
    public static String safe(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !unsafe(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (unsafe(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The lines, each made safe, one per line: a value with a line break in it cannot make a line of its own.
     *
     * @return null when there are no lines
     */
    public static String lines(java.util.List<String> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(safe(line)).append('\n'));
        return out.toString();
    }

    /**
     * C0, DEL and C1 controls; the Arabic letter, left-to-right and right-to-left marks; the line and paragraph
     * separators with the bidirectional embeddings and overrides (U+2028 to U+202E); the isolates (U+2066 to U+2069).
     */
    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u2028' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
