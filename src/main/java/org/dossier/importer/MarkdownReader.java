package org.dossier.importer;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A .md file: one article. The first heading (or, without one, the first line) is the title. The markup that is
 * not words is dropped (heading marks, emphasis, links' addresses, images, code fences, quote marks, front
 * matter) and the words are kept as written.
 */
final class MarkdownReader implements FormatReader {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R.*?\\R---\\R", Pattern.DOTALL);
    private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*(```|~~~).*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+(.*?)[ \\t]*#*[ \\t]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("(?m)^[ \\t]{0,3}(=+|-+)[ \\t]*$");
    private static final Pattern QUOTE_MARK = Pattern.compile("(?m)^[ \\t]{0,3}>[ \\t]?");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    /** Emphasis only where its marks stand outside words, so that "snake_case_name" keeps its underscores. */
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\p{L}\\d])(\\*\\*|__|\\*|_)(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\d])");
    private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]{0,3}[-*+][ \\t]+");
    private static final Pattern NUMBERED = Pattern.compile("(?m)^[ \\t]{0,3}(?=\\d{1,9}[.)]\\s)");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Override
    public ReadResult read(Path file) throws ImportException {
        String text = FRONT_MATTER.matcher(Paragraphs.unixLineEnds(TextFiles.read(file))).replaceFirst("");
        text = FENCE.matcher(text).replaceAll("");
        String title = firstHeading(text);
        if (title == null) {
            return ReadResult.of(PlainTextReader.article(inline(blocks(text)).strip(), file));
        }
        text = text.replaceFirst(Pattern.quote(headingLine(text)), "");
        Paragraphs.Body body = Paragraphs.ofText(inline(blocks(text)));
        return ReadResult.of(new ImportedArticle(inline(title), file.getFileName().toString(), null, null,
                body.paragraphs(), file.toString(), null, body.split()));
    }

    private static String firstHeading(String text) {
        var m = HEADING.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String headingLine(String text) {
        var m = HEADING.matcher(text);
        m.find();
        return m.group();
    }

    /**
     * Block markup: heading marks and underlines, quote marks, bullets. Headings and list items become paragraphs
     * of their own; a numbered item keeps its number, which the text may refer to.
     */
    private static String blocks(String text) {
        String t = HEADING.matcher(text).replaceAll("\n$1\n");
        t = SETEXT_UNDERLINE.matcher(t).replaceAll("");
        t = BULLET.matcher(t).replaceAll("\n");
        t = NUMBERED.matcher(t).replaceAll("\n");
        return QUOTE_MARK.matcher(t).replaceAll("");
    }

    /** Inline markup: images dropped, links' text kept, emphasis and code marks dropped. */
    private static String inline(String text) {
        String t = IMAGE.matcher(text).replaceAll("");
        t = LINK.matcher(t).replaceAll("$1");
        t = CODE.matcher(t).replaceAll("$1");
        for (int i = 0; i < 2; i++) {
            t = EMPHASIS.matcher(t).replaceAll("$2");
        }
        return t;
    }
}
