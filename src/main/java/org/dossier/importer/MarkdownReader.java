package org.dossier.importer;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * A .md file: one article, read as a Markdown reader would see it (commonmark-java parses it by the CommonMark
 * specification, {@link MarkdownText} keeps what a reader reads). The first heading is the title; without one, the
 * first line is, as for a text file. Headings, paragraphs, list items, quotes and code blocks are paragraphs; a
 * numbered item keeps its number, which the text may refer to. Links (inline, reference and automatic) keep their
 * words, emphasis and code marks go, escapes and entities become the characters they stand for, HTML gives its text,
 * images and link definitions give nothing. A YAML front matter block at the top is dropped.
 */
final class MarkdownReader implements FormatReader {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R.*?\\R---\\R", Pattern.DOTALL);
    private static final Parser PARSER = Parser.builder().build();

    @Override
    public ReadResult read(Path file) throws ImportException {
        String markdown = FRONT_MATTER.matcher(Paragraphs.unixLineEnds(TextFiles.read(file))).replaceFirst("");
        Node document = PARSER.parse(markdown);
        Heading title = firstHeading(document);
        if (title == null) {
            return ReadResult.of(PlainTextReader.article(MarkdownText.of(document), file));
        }
        String titleText = Paragraphs.tidy(MarkdownText.inline(title));
        title.unlink();
        Paragraphs.Body body = Paragraphs.ofText(MarkdownText.of(document));
        return ReadResult.of(new ImportedArticle(titleText, file.getFileName().toString(), null, null,
                body.paragraphs(), file.toString(), null, body.split()));
    }

    private static Heading firstHeading(Node document) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                return heading;
            }
        }
        return null;
    }
}
