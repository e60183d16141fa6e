package org.dossier.importer;

import java.nio.file.Path;

/**
 * A .txt file: one article. Its first line is the title when it looks like one (a short line of its own, with
 * more text after it); otherwise the whole file is text and the title is made from the file name.
 */
final class PlainTextReader implements FormatReader {

    /** Longer than this, a first line is a paragraph, not a headline. */
    static final int MAX_TITLE_LENGTH = 200;

    @Override
    public ReadResult read(Path file) throws ImportException {
        String text = TextFiles.read(file).strip();
        return ReadResult.of(article(text, file));
    }

    static ImportedArticle article(String text, Path file) {
        int lineEnd = firstLineEnd(text);
        String firstLine = Paragraphs.tidy(text.substring(0, lineEnd));
        String rest = text.substring(lineEnd);
        boolean firstLineIsTitle = !rest.isBlank() && firstLine.length() <= MAX_TITLE_LENGTH;
        String title = firstLineIsTitle ? firstLine : TextFiles.titleFromName(file);
        Paragraphs.Body body = Paragraphs.ofText(firstLineIsTitle ? rest : text);
        String name = file.toString();
        return new ImportedArticle(title, file.getFileName().toString(), null, null, body.paragraphs(), name, null,
                body.split());
    }

    private static int firstLineEnd(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text.length() : newline;
    }
}
