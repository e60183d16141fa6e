package org.dossier.exchange.markdown;

/**
 * Text as Markdown that Obsidian shows as the words they are: every character that could start markup (emphasis,
 * links, tags, highlights, comments, maths, HTML, tables) is escaped with a backslash, and so is what would make a
 * line a heading, a list item or a quote. Wikilinks and front-matter values are made here too.
 */
final class MarkdownText {

    private static final String SPECIAL = "\\`*_[]<>#|$%=~^&{}";

    private MarkdownText() {
    }

    /** A paragraph's words, escaped; its line breaks kept. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int listMarker = listMarker(text, 0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0 || i == listMarker) {
                out.append('\\');
            }
            out.append(c);
            if (c == '\n') {
                listMarker = listMarker(text, i + 1);
            }
        }
        return out.toString();
    }

    /**
     * Where the character that would make the line starting at {@code from} a list item is ("-", "+", the "." or ")"
     * of "1." or "1)"), or -1.
     */
    private static int listMarker(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            return i;
        }
        int digits = i;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > digits && i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')') ? i : -1;
    }

    /**
     * {@code [[Note|words]]}. Within a wikilink nothing can be escaped, so the few characters that would end it are
     * replaced in what is shown: brackets by parentheses, a bar by a broken bar, a line break by a space.
     */
    static String wikilink(String note, String words) {
        String shown = words.replace('[', '(').replace(']', ')').replace('|', '\u00A6').replace('\n', ' ')
                .replace('\r', ' ');
        return shown.equals(note) ? "[[" + note + "]]" : "[[" + note + "|" + shown + "]]";
    }

    /** A value for YAML front matter: always double-quoted, so that no text is read as YAML of its own. */
    static String yaml(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
