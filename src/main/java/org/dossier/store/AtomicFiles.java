package org.dossier.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a crash at any moment leaves either the old or the new content, never a mix: the
 * bytes go to a temporary file in the same folder, are forced to disk, and the file is renamed over the old one.
 * The previous version can be kept as a backup, where the caller says (a store keeps one per file, in a folder of its
 * own: {@link StoreLayout#backupFile}). The new file keeps the permissions of the one it replaces; a file that is new
 * gets the folder's usual ones (those the user's umask gives), like any file the user makes there, not the owner-only
 * permissions of a temporary file.
 *
 * <p>The temporary files are named {@code .NAME<digits>.tmp} ({@link #isTemporaryFile}); one that a crash leaves
 * behind is never read as data, and a store removes its own at the next opening ({@link StoreTidy}).
 */
public final class AtomicFiles {

    /** Writes a file's content into a stream (buffered; closed by the caller). */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    private static final int FORCE_EVERY_MB = 64;

    /** The name pattern of the temporary files this class makes: ".NAME" + an unsigned long + ".tmp". */
    private static final java.util.regex.Pattern TEMPORARY = java.util.regex.Pattern.compile("\\..+?\\d{1,20}\\.tmp");

    /** Writes {@code bytes}, keeping no backup. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), null);
    }

    /** Writes {@code bytes}, first copying the file's present content to {@code backup} (null: no backup). */
    public static void write(Path target, byte[] bytes, Path backup) throws IOException {
        write(target, out -> out.write(bytes), backup);
    }

    /** Whether a file's name is one of this class's temporary files (a crash may leave one behind). */
    public static boolean isTemporaryFile(Path file) {
        return TEMPORARY.matcher(file.getFileName().toString()).matches();
    }

    /**
     * Writes what {@code content} produces, streamed to disk: a large file never sits in memory whole. The present
     * content, if any, is first copied to {@code backup} (null: no backup), itself written atomically.
     */
    public static void write(Path target, Content content, Path backup) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = newTemp(folder, target.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                // Forced to disk as it comes, so that a large file (an export) is written while the rest is made,
                // instead of all of a gigabyte at the end.
                OutputStream out = new BufferedOutputStream(new ForcingStream(Channels.newOutputStream(channel), channel),
                        1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                keepPermissions(target, temp);
                if (backup != null) {
                    keepBackup(target, backup);
                }
            }
            move(temp, target);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void keepBackup(Path target, Path backup) throws IOException {
        Path folder = Files.createDirectories(backup.toAbsolutePath().getParent());
        Path temp = newTemp(folder, backup.getFileName().toString());
        try {
            Files.copy(target, temp, StandardCopyOption.REPLACE_EXISTING);
            move(temp, backup);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new empty file ".NAME123456.tmp" beside the target, made with the default permissions (unlike
     * {@code Files.createTempFile}, which makes it readable by its owner only, and so the file renamed from it).
     */
    private static Path newTemp(Path folder, String name) throws IOException {
        while (true) {
            Path temp = folder.resolve("." + name + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // Another writer's temporary file has this name: draw another.
            }
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open folders; its rename is durable enough once the file itself was forced.
        }
    }

    /** Forces what was written to disk every {@value #FORCE_EVERY_MB} MB. */
    private static final class ForcingStream extends java.io.FilterOutputStream {
        private final FileChannel channel;
        private long unforced;

        ForcingStream(OutputStream out, FileChannel channel) {
            super(out);
            this.channel = channel;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written(1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            written(length);
        }

        private void written(int length) throws IOException {
            unforced += length;
            if (unforced >= (long) FORCE_EVERY_MB << 20) {
                channel.force(false);
                unforced = 0;
            }
        }
    }
}
