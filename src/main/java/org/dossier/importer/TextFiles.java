package org.dossier.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file to import as text, refusing what is not: a missing or empty file, a binary file, text in an
 * encoding other than UTF-8. Guessing another encoding would import wrong letters without a word, so the
 * user is told to save the file as UTF-8 instead.
 */
final class TextFiles {

    /** Files larger than this are not read whole into memory. */
    static final long MAX_BYTES = 200L * 1024 * 1024;
    private static final int SNIFF_BYTES = 8192;

    private TextFiles() {
    }

    /** The file's bytes, after the checks every format needs. */
    static byte[] bytes(Path file) throws ImportException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ImportException(name, "this is a folder; give the files in it instead");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(name, "the file is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB; split it into smaller files");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, "there is no such file");
        } catch (IOException e) {
            throw new ImportException(name, "the file cannot be read (" + e.getMessage() + ")", e);
        }
        if (isBlank(bytes)) {
            throw new ImportException(name, "the file is empty");
        }
        String binary = whyNotText(bytes);
        if (binary != null) {
            throw new ImportException(name, binary);
        }
        return bytes;
    }

    /** The file as UTF-8 text, without a byte-order mark. */
    static String read(Path file) throws ImportException {
        return decodeUtf8(bytes(file), file.toString());
    }

    static String decodeUtf8(byte[] bytes, String name) throws ImportException {
        int skip = hasUtf8Bom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new ImportException(name, "the text is not UTF-8 (byte 0x"
                    + String.format("%02X", bytes[at] & 0xFF) + " on line " + lineAt(bytes, at)
                    + " is not valid UTF-8); save the file as UTF-8 and import it again");
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new ImportException(name, "the text is not UTF-8", e);
        }
        return out.flip().toString();
    }

    static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
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
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why these bytes are not text to import ("this is a PDF file, not text"), or null when they may be. A zero
     * byte never occurs in UTF-8 text, so one near the start means a binary file.
     */
    static String whyNotText(byte[] bytes) {
        if (startsWith(bytes, "%PDF")) {
            return "this is a PDF file, not text; copy its text into a .txt file to import it";
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return "this is a ZIP archive (Word and OpenDocument files are too), not text";
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return "the text is UTF-16; save the file as UTF-8 and import it again";
        }
        for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
            if (bytes[i] == 0) {
                return "this is a binary file, not text";
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != (byte) magic.charAt(i)) {
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
