package org.dossier.discovery;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Article analyses kept on disk, outside the store (in the user's cache folder, as the search index is), one small
 * file per text fingerprint: {@code analysis/v<RULES>/ab/abcdef0123456789.bin}. A file is written to a temporary
 * name and renamed, and carries a checksum: a damaged, truncated or foreign file is ignored (and replaced), never
 * trusted. Changing the rules of analysis changes {@link #RULES}, so old analyses are not read.
 */
public final class AnalysisCache {

    /** The version of the analysis rules and of this file format; old folders are simply no longer read. */
    static final int RULES = 2;
    private static final int MAGIC = 0x44534131; // "DSA1"

    private final Path dir;

    /** @param root the application's cache folder (see {@code SearchIndex.defaultCacheRoot()}); null keeps nothing */
    public AnalysisCache(Path root) {
        this.dir = root == null ? null : root.resolve("analysis").resolve("v" + RULES);
    }

    /** A cache that keeps nothing: every article is analysed every time. */
    public static AnalysisCache none() {
        return new AnalysisCache(null);
    }

    /** The analysis of the text with this fingerprint, or null when there is none (or it cannot be trusted). */
    ArticleAnalysis get(long textHash) {
        if (dir == null) {
            return null;
        }
        Path file = fileOf(textHash);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null; // unreadable: analysed again, and the new file replaces it
        }
        return decode(bytes, textHash);
    }

    /** Keeps an analysis; a cache that cannot be written is only slower, so failures are ignored with a reason kept. */
    void put(ArticleAnalysis analysis) {
        if (dir == null) {
            return;
        }
        Path file = fileOf(analysis.textHash());
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            try {
                Files.write(temp, encode(analysis));
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            lastWriteFailure = e.getMessage();
        }
    }

    private volatile String lastWriteFailure;

    /** Why the last analysis could not be kept, or null: for a notice, since the cache is optional. */
    public String lastWriteFailure() {
        return lastWriteFailure;
    }

    Path fileOf(long textHash) {
        String hex = String.format("%016x", textHash);
        return dir.resolve(hex.substring(0, 2)).resolve(hex + ".bin");
    }

    static byte[] encode(ArticleAnalysis a) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeLong(a.textHash());
        out.writeInt(a.sentences().size());
        for (int[] bounds : a.sentences()) {
            out.writeInt(bounds.length);
            for (int b : bounds) {
                out.writeInt(b);
            }
        }
        out.writeInt(a.names().size());
        for (NameOccurrence n : a.names()) {
            out.writeInt(n.paragraph());
            out.writeInt(n.start());
            out.writeInt(n.end());
            out.writeByte(n.flags());
            out.writeUTF(n.text());
            out.writeUTF(n.title());
        }
        out.writeInt(a.acronyms().size());
        for (AcronymPair p : a.acronyms()) {
            out.writeUTF(p.expansion());
            out.writeUTF(p.acronym());
        }
        out.writeInt(a.verbs().size());
        for (VerbOccurrence v : a.verbs()) {
            out.writeInt(v.paragraph());
            out.writeInt(v.start());
            out.writeInt(v.end());
            out.writeUTF(v.lemma());
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return bytes.toByteArray();
    }

    /** The analysis in {@code bytes}, or null when they are not a whole, checked analysis of this text. */
    static ArticleAnalysis decode(byte[] bytes, long textHash) {
        if (bytes.length < 8 + 12) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        if (stored != crc.getValue()) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8))) {
            if (in.readInt() != MAGIC || in.readLong() != textHash) {
                return null;
            }
            List<int[]> sentences = new ArrayList<>();
            for (int p = in.readInt(); p > 0; p--) {
                int[] bounds = new int[in.readInt()];
                for (int i = 0; i < bounds.length; i++) {
                    bounds[i] = in.readInt();
                }
                sentences.add(bounds);
            }
            List<NameOccurrence> names = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                int paragraph = in.readInt();
                int start = in.readInt();
                int end = in.readInt();
                int flags = in.readByte();
                names.add(new NameOccurrence(paragraph, start, end, in.readUTF(), in.readUTF(), flags));
            }
            List<AcronymPair> acronyms = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                acronyms.add(new AcronymPair(in.readUTF(), in.readUTF()));
            }
            List<VerbOccurrence> verbs = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                verbs.add(new VerbOccurrence(in.readInt(), in.readInt(), in.readInt(), in.readUTF()));
            }
            return new ArticleAnalysis(textHash, sentences, names, acronyms, verbs);
        } catch (IOException | RuntimeException e) {
            return null; // a checksum that matches wrong content: not ours
        }
    }
}
