package org.dossier.importer;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.dossier.store.BoundedFiles;
import org.dossier.store.FileRefused;
import org.dossier.store.Utf8;

/** Picks the reader for a file by its extension; a file without one is recognised by its first bytes. */
public final class FormatReaders {

    private static final Map<String, FormatReader> BY_EXTENSION = Map.of(
            "txt", new PlainTextReader(),
            "text", new PlainTextReader(),
            "md", new MarkdownReader(),
            "markdown", new MarkdownReader(),
            "html", new HtmlReader(),
            "htm", new HtmlReader(),
            "json", new JsonArticleReader(),
            "csv", new CsvReader());

    /** The extensions Dossier imports, for messages and file choosers. */
    public static final String SUPPORTED = ".txt, .md, .html, .json and .csv";
    /** Enough of a file to tell its format and whether it is text. */
    private static final int HEAD_BYTES = 8192;

    private FormatReaders() {
    }

    /**
     * The reader for {@code file}.
     *
     * @throws ImportException for a binary file or an extension Dossier does not import
     */
    public static FormatReader forFile(Path file) throws ImportException {
        byte[] head;
        try {
            head = BoundedFiles.head(file, HEAD_BYTES);
        } catch (FileRefused e) {
            throw TextFiles.refused(file, e);
        }
        String binary = TextCheck.whyNotText(head);
        if (binary != null) {
            throw new ImportException(file.toString(), binary);
        }
        String extension = extension(file);
        if (extension.isEmpty()) {
            return sniff(head);
        }
        FormatReader reader = BY_EXTENSION.get(extension);
        if (reader == null) {
            throw new ImportException(file.toString(), "Dossier does not import ." + extension + " files; it imports "
                    + SUPPORTED);
        }
        return reader;
    }

    /** Without an extension: a page if it starts like one, JSON if it starts with '{' or '[', else plain text. */
    private static FormatReader sniff(byte[] head) {
        int start = Utf8.hasBom(head) ? 3 : 0;
        String text = new String(head, start, head.length - start, java.nio.charset.StandardCharsets.UTF_8).stripLeading();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return BY_EXTENSION.get("html");
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return BY_EXTENSION.get("json");
        }
        return BY_EXTENSION.get("txt");
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
