package org.dossier.model;

/**
 * Characters that are not text: the control characters of ASCII and Latin-1 other than tab, line feed and carriage
 * return. A zero byte, a bell or an escape in an article's words means part of a binary file got in (or a terminal's
 * colour codes); shown in the reading pane they are invisible, and printed they can rewrite a terminal. They are
 * refused on import and reported in a store.
 */
public final class ControlCharacters {

    private static final String[] C0_NAMES = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF",
        "VT", "FF", "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC",
        "FS", "GS", "RS", "US"};

    private ControlCharacters() {
    }

    /** Whether {@code c} is a control character that is not text. */
    public static boolean isNotText(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return c >= 0x7F && c <= 0x9F;
    }

    /** The index of the first control character in {@code text} that is not text, or -1 when there is none. */
    public static int firstIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isNotText(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "U+0000 (NUL)", "U+001B (ESC)", "U+0085". */
    public static String name(char c) {
        String code = String.format("U+%04X", (int) c);
        if (c < 0x20) {
            return code + " (" + C0_NAMES[c] + ")";
        }
        return c == 0x7F ? code + " (DEL)" : code;
    }

    /**
     * Where the first such character is in an article's title or paragraphs, in words ("the control character U+0000
     * (NUL) at character 10,841 of paragraph 3"), or null when there is none.
     */
    public static String firstInArticle(String title, java.util.List<String> paragraphs) {
        int at = firstIn(title);
        if (at >= 0) {
            return describe(title.charAt(at)) + " at character " + (at + 1) + " of the title";
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            at = firstIn(text);
            if (at >= 0) {
                return describe(text.charAt(at)) + " at character " + (at + 1) + " of paragraph " + (p + 1);
            }
        }
        return null;
    }

    private static String describe(char c) {
        return "the control character " + name(c);
    }
}
