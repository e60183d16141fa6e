package org.dossier.model;

import java.util.List;

/**
 * A 64-bit fingerprint of texts, cheap because it uses each string's own cached {@link String#hashCode()}:
 * each text adds its length and its hash to a running mix, and {@link #finish} spreads the bits. Good for
 * noticing changes (a stale cache, a file edited behind our back), not against deliberately made collisions.
 */
public final class TextHash {

    private static final long STEP = 0x9E3779B97F4A7C15L;
    private static final long OFFSET = 0xC2B2AE3D27D4EB4FL;

    private TextHash() {
    }

    /** The fingerprint of the paragraphs of an article: their number and each one's length and hash. */
    public static long of(List<String> paragraphs) {
        long h = mix(0, paragraphs.size());
        for (String p : paragraphs) {
            h = add(h, p);
        }
        return finish(h);
    }

    /** Mixes a text (its length and hash) into {@code h}. */
    public static long add(long h, String text) {
        return mix(mix(h, text.length()), text.hashCode());
    }

    /** Mixes a number into {@code h}. */
    public static long mix(long h, long value) {
        return (h ^ value) * STEP + OFFSET;
    }

    /** MurmurHash3's finaliser: spreads every input bit over the whole result. */
    public static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
