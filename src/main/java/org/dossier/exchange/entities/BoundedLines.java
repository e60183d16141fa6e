package org.dossier.exchange.entities;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a file of any size, read as a stream: memory holds one line at a time, and never more than
 * {@link #MAX_LINE_BYTES}. A longer line (a whole file without a line break, a document's text) is read past without
 * being kept, and said to be too long, so that the lines after it are still read. Each line is decoded as UTF-8
 * strictly: bytes that are not UTF-8 make that line a problem, not the file. A byte-order mark at the start and the
 * carriage return of a CRLF line end are dropped.
 */
final class BoundedLines implements AutoCloseable {

    /** An entity list's entry is a few kilobytes; OpenSanctions' largest are under a megabyte. */
    static final int MAX_LINE_BYTES = 8 * 1024 * 1024;

    /** A line: its number from 1, and its text, or why it has none. */
    record Line(long number, String text, String problem) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;
    private int limit;
    private long number;
    private long bytesRead;
    private byte[] line = new byte[256];

    BoundedLines(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** How many bytes were read so far, for progress. */
    long bytesRead() {
        return bytesRead;
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            byte b = buffer[position++];
            if (b == '\n') {
                break;
            }
            if (tooLong) {
                continue;
            }
            if (length == maxBytes) {
                tooLong = true;
                line = new byte[256]; // the long line's bytes are let go
                continue;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, Math.min(maxBytes, line.length * 2));
            }
            line[length++] = b;
        }
        number++;
        if (tooLong) {
            return new Line(number, null, "the line is longer than " + maxBytes / (1024 * 1024)
                    + " MB, more than any entry of an entity list; it was skipped");
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        int from = number == 1 && length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB
                && (line[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(line, from, length - from));
            return new Line(number, chars.toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "the line is not UTF-8 text");
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        bytesRead += n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
