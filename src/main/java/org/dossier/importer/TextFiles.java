package org.dossier.importer;

import java.nio.file.Path;
import org.dossier.store.BoundedFiles;
import org.dossier.store.FileRefused;
import org.dossier.store.Utf8;

/**
 * Reads a file to import as text, refusing what is not: a missing or empty file, a binary file, text in an
 * encoding other than UTF-8. Guessing another encoding would import wrong letters without a word, so the
 * user is told to save the file as UTF-8 instead. Every file is read through {@link BoundedFiles}: only regular
 * files, at most {@value #MAX_BYTES} bytes, and only when there is memory to import them.
 */
final class TextFiles {

    /** Files larger than this are not read whole into memory. */
    static final long MAX_BYTES = 200L * 1024 * 1024;
    /**
     * What importing a file costs in memory, as a multiple of its size, at the most: its bytes, its text (twice
     * while it is decoded), the paragraphs cut from it, the linked mentions, and the store's copy of the article.
     * Measured with {@code ImportMemoryTest}'s densest case (a name in every three words).
     */
    static final int MEMORY_FACTOR = 13;
    private static final BoundedFiles.Limit LIMIT = new BoundedFiles.Limit(MAX_BYTES, MEMORY_FACTOR,
            "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB; split it into smaller files");

    private TextFiles() {
    }

    /** The file's bytes, after the checks every format needs. */
    static byte[] bytes(Path file) throws ImportException {
        String name = file.toString();
        TextCheck text = new TextCheck();
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(file, null, LIMIT, text);
            if (isBlank(bytes)) {
                throw new ImportException(name, "the file is empty");
            }
            text.finish(bytes.length);
        } catch (FileRefused e) {
            throw refused(file, e);
        }
        return bytes;
    }

    /** A file {@link BoundedFiles} would not read, as an import failure. */
    static ImportException refused(Path file, FileRefused e) {
        String reason = e.kind() == FileRefused.Kind.FOLDER ? "this is a folder; give the files in it instead"
                : e.getMessage();
        return new ImportException(file.toString(), reason, e);
    }

    /** The file as UTF-8 text, without a byte-order mark. */
    static String read(Path file) throws ImportException {
        return decodeUtf8(bytes(file), file.toString());
    }

    static String decodeUtf8(byte[] bytes, String name) throws ImportException {
        try {
            return Utf8.decode(bytes, Utf8.hasBom(bytes) ? 3 : 0);
        } catch (Utf8.Malformed e) {
            int at = Math.min(e.offset(), bytes.length - 1);
            throw new ImportException(name, "the text is not UTF-8 (byte 0x"
                    + String.format("%02X", bytes[at] & 0xFF) + " on line " + lineAt(bytes, at)
                    + " is not valid UTF-8); save the file as UTF-8 and import it again");
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean isBlank(byte[] bytes) {
        int start = Utf8.hasBom(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    /** The file name without its extension, as a fallback title: "kyiv_talks-2024.txt" gives "kyiv talks 2024". */
    static String titleFromName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip();
    }
}
