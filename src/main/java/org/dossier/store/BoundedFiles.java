package org.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * The one way Dossier reads a whole file, store file or file to import, with limits that hold whatever the file
 * turns out to be. Only regular files are opened: a named pipe would block the open itself, and a device such as
 * {@code /dev/zero} reports a size of 0 and never ends. The type is checked without following links before
 * opening; a link is followed only to a regular file, and for store files only to one inside the store. Bytes are
 * counted while they are read, so the bound holds even when the size a file reports is 0 or wrong, and memory is
 * checked before reading (see {@link MemoryBudget}). Every refusal says why, for the file's name to precede.
 */
public final class BoundedFiles {

    private static final long MB = 1024 * 1024;

    /**
     * What one read may take.
     *
     * @param maxBytes     the most bytes read from one file
     * @param memoryFactor how many times its size in memory a file costs while it is read and worked on
     * @param tooLarge     what to say when a file has more than {@code maxBytes}
     */
    public record Limit(long maxBytes, int memoryFactor, String tooLarge) {

        public Limit {
            if (maxBytes < 0 || maxBytes > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("a file is read into one array: at most 2 GB");
            }
        }
    }

    /**
     * Store files read the quick way (straight into the model): a large article is a few hundred kilobytes, so the
     * size bound is only ever met by a file that is not an article (a disk image renamed, text padded with zeros).
     * Loading costs about twice a file's size (its bytes, its text, then the article, whose mentions share their
     * texts); three times leaves room.
     */
    public static final Limit STORE_FILE = new Limit(256 * MB, 3,
            "the file is larger than 256 MB, the most Dossier reads from one store file");

    /**
     * Store files read the careful way, into a JSON tree that keeps every value's place for the problems: a tree
     * object per mention makes that about nine times the file's size (measured on an article of a million mentions).
     */
    public static final Limit STORE_TREE = new Limit(STORE_FILE.maxBytes(), 10, STORE_FILE.tooLarge());

    /** Sees the bytes as they are read, and may refuse the file part-way (a zero byte in what should be text). */
    public interface Inspector {
        Inspector NONE = (bytes, from, to, offset) -> { };

        /** Looks at {@code bytes[from, to)}, which are the file's bytes from {@code offset} on. */
        void inspect(byte[] bytes, int from, int to, long offset) throws FileRefused;
    }

    private BoundedFiles() {
    }

    /**
     * The file's bytes.
     *
     * @param within for a store file, the store folder's real path: a link is followed only to a file inside it;
     *               null for a file a user named, which may be a link to anywhere
     */
    public static byte[] read(Path file, Path within, Limit limit) throws FileRefused {
        return read(file, within, limit, Inspector.NONE);
    }

    /** The file's bytes, shown to {@code inspector} as they arrive. */
    public static byte[] read(Path file, Path within, Limit limit, Inspector inspector) throws FileRefused {
        Regular regular = regularFile(file, within);
        afford(regular.size(), limit);
        try (InputStream in = Files.newInputStream(regular.path(), LinkOption.NOFOLLOW_LINKS)) {
            return readBounded(in, regular.size(), limit, inspector);
        } catch (FileRefused e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * Opens a file a user named to be read as a stream, whatever its size (an entity list of a gigabyte, read line by
     * line): the same refusals as {@link #read} of what is not a regular file, before anything is opened.
     */
    public static InputStream open(Path file) throws FileRefused {
        Regular regular = regularFile(file, null);
        try {
            return Files.newInputStream(regular.path(), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The size of a regular file a user named (following a link to one), for progress. */
    public static long size(Path file) throws FileRefused {
        return regularFile(file, null).size();
    }

    /** At most {@code max} bytes from the start of the file (to tell its format by them). */
    public static byte[] head(Path file, int max) throws FileRefused {
        Regular regular = regularFile(file, null);
        try (InputStream in = Files.newInputStream(regular.path(), LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** A regular file to open (the target, for a link) and its size as reported. */
    private record Regular(Path path, long size) {
    }

    private static Regular regularFile(Path file, Path within) throws FileRefused {
        BasicFileAttributes attributes = attributes(file);
        if (!attributes.isSymbolicLink()) {
            requireRegular(file, attributes, "this is ");
            return new Regular(file, attributes.size());
        }
        String link = linkText(file);
        Path target;
        try {
            target = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new FileRefused(FileRefused.Kind.MISSING, "this is a link to " + link + ", which does not exist");
        } catch (IOException e) {
            throw new FileRefused(FileRefused.Kind.UNREADABLE, "this is a link to " + link
                    + ", which cannot be followed (" + reason(e) + ")");
        }
        if (within != null && !target.startsWith(within)) {
            throw new FileRefused(FileRefused.Kind.OUTSIDE, "this is a link to " + link + ", outside the store: "
                    + "Dossier follows links only to files inside the store folder");
        }
        BasicFileAttributes targetAttributes = attributes(target);
        requireRegular(target, targetAttributes, "this is a link to " + link + ", which is ");
        return new Regular(target, targetAttributes.size());
    }

    private static BasicFileAttributes attributes(Path file) throws FileRefused {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new FileRefused(FileRefused.Kind.MISSING, "there is no such file");
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static void requireRegular(Path file, BasicFileAttributes a, String thisIs) throws FileRefused {
        if (a.isRegularFile()) {
            return;
        }
        if (a.isDirectory()) {
            throw new FileRefused(FileRefused.Kind.FOLDER, thisIs + "a folder, not a file");
        }
        throw new FileRefused(FileRefused.Kind.NOT_A_FILE, thisIs + SpecialFiles.kind(file)
                + ", not a regular file: Dossier reads only regular files");
    }

    private static String linkText(Path file) throws FileRefused {
        try {
            return Files.readSymbolicLink(file).toString();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static void afford(long size, Limit limit) throws FileRefused {
        if (size > limit.maxBytes()) {
            throw new FileRefused(FileRefused.Kind.TOO_LARGE, limit.tooLarge());
        }
        String why = MemoryBudget.whyNotAffordable(size, limit.memoryFactor());
        if (why != null) {
            throw new FileRefused(FileRefused.Kind.TOO_LARGE, why);
        }
    }

    /**
     * Reads to the end, but never more than the bound: the reported size only sizes the buffer (exactly, so that a
     * file that tells the truth is never copied), and memory is asked for again each time the file proves longer.
     */
    private static byte[] readBounded(InputStream in, long reported, Limit limit, Inspector inspector)
            throws IOException {
        byte[] buffer = new byte[(int) Math.min(reported, limit.maxBytes())];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                int next = in.read(); // is there more than the file said?
                if (next < 0) {
                    return buffer;
                }
                if (length >= limit.maxBytes()) {
                    throw new FileRefused(FileRefused.Kind.TOO_LARGE, limit.tooLarge());
                }
                long grown = Math.min(Math.max(2L * length, 8192), limit.maxBytes());
                afford(grown, limit);
                buffer = Arrays.copyOf(buffer, (int) grown);
                buffer[length] = (byte) next;
                inspector.inspect(buffer, length, length + 1, length);
                length++;
                continue;
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                return Arrays.copyOf(buffer, length);
            }
            inspector.inspect(buffer, length, length + n, length);
            length += n;
        }
    }

    private static FileRefused unreadable(IOException e) {
        return new FileRefused(FileRefused.Kind.UNREADABLE, "the file cannot be read (" + reason(e) + ")");
    }

    /** The system's reason without the path it repeats: "Permission denied", "Too many levels of symbolic links". */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
