package org.dossier.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding: bytes that are not UTF-8 are an error with their offset, never a silent U+FFFD.
 * Decodes into one buffer as long as the bytes (UTF-8 never gives more UTF-16 units than it has bytes), so that a
 * large file needs no doubling of the buffer: {@code CharsetDecoder.decode(ByteBuffer)} doubles an int and overflows
 * on a file of more than about a gigabyte ("capacity &lt; 0").
 */
public final class Utf8 {

    /** Bytes that are not UTF-8, at {@link #offset()}. */
    public static final class Malformed extends CharacterCodingException {

        private final int offset;

        Malformed(int offset) {
            this.offset = offset;
        }

        /** Where in the bytes the first byte that is not UTF-8 is. */
        public int offset() {
            return offset;
        }
    }

    private Utf8() {
    }

    /** The text of {@code bytes} from {@code from} on. */
    public static String decode(byte[] bytes, int from) throws Malformed {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length - from);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Malformed(in.position());
        }
        if (decoder.flush(out).isError()) {
            throw new Malformed(bytes.length);
        }
        return out.flip().toString();
    }

    /** Whether the bytes start with a UTF-8 byte-order mark. */
    public static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
