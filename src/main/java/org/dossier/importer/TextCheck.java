package org.dossier.importer;

import org.dossier.store.BoundedFiles;
import org.dossier.store.FileRefused;

/**
 * Tells a binary file from text over the whole file, while it is read: a zero byte anywhere stops the read at once
 * (it never occurs in UTF-8 text, and a text padded with megabytes of zeros is not read to its end), and a file in
 * which more than one byte in a hundred (and more than a few) are control characters is not text either. Known
 * binary formats are named by their first bytes. A stray control character in otherwise good text is left to the
 * check of each article, which names the place.
 */
final class TextCheck implements BoundedFiles.Inspector {

    /** More control characters than one in this many bytes: a binary file, not text with a stray one. */
    private static final int CONTROL_RATIO = 100;
    /** Fewer than this many are strays whatever the file's size: each is refused with its place by the importer. */
    private static final int STRAYS = 16;

    private long controls;

    /** Why these bytes, a whole file or its start, are not text; null when they may be. */
    static String whyNotText(byte[] bytes) {
        TextCheck check = new TextCheck();
        try {
            check.inspect(bytes, 0, bytes.length, 0);
            check.finish(bytes.length);
            return null;
        } catch (FileRefused e) {
            return e.getMessage();
        }
    }

    @Override
    public void inspect(byte[] bytes, int from, int to, long offset) throws FileRefused {
        if (offset == 0) {
            String format = knownBinary(bytes, from, to);
            if (format != null) {
                throw new FileRefused(FileRefused.Kind.NOT_TEXT, format);
            }
        }
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == 0) {
                throw new FileRefused(FileRefused.Kind.NOT_TEXT, "this is a binary file, not text (byte "
                        + count(offset + (i - from) + 1) + " is a zero byte)");
            }
            if (b > 0 && org.dossier.model.ControlCharacters.isNotText((char) b)) {
                controls++;
            }
        }
    }

    /** After the last byte: refuses a file in which control characters are common. */
    void finish(long length) throws FileRefused {
        if (controls >= STRAYS && controls * CONTROL_RATIO > length) {
            throw new FileRefused(FileRefused.Kind.NOT_TEXT, "this is a binary file, not text (" + count(controls)
                    + " of its " + count(length) + " bytes are control characters)");
        }
    }

    /** "10,841". */
    private static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    private static String knownBinary(byte[] bytes, int from, int to) {
        if (startsWith(bytes, from, to, "%PDF")) {
            return "this is a PDF file, not text; copy its text into a .txt file to import it";
        }
        if (startsWith(bytes, from, to, "PK\u0003\u0004")) {
            return "this is a ZIP archive (Word and OpenDocument files are too), not text";
        }
        if (to - from >= 2 && ((bytes[from] & 0xFF) == 0xFF && (bytes[from + 1] & 0xFF) == 0xFE
                || (bytes[from] & 0xFF) == 0xFE && (bytes[from + 1] & 0xFF) == 0xFF)) {
            return "the text is UTF-16; save the file as UTF-8 and import it again";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int from, int to, String magic) {
        if (to - from < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[from + i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
