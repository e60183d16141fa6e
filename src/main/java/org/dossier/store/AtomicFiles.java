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
 * The previous version is kept beside it as {@code name.bak}. The new file keeps the permissions of the one it
 * replaces; a file that is new gets the folder's usual ones (those the user's umask gives), like any file the user
 * makes there, not the owner-only permissions of a temporary file.
 */
public final class AtomicFiles {

    /** Writes a file's content into a stream (buffered; closed by the caller). */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes what {@code content} produces, streamed to disk: a large file never sits in memory whole. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    /**
     * As {@link #write(Path, Content)}, but without keeping the previous version: for an export, which can be made
     * again from the store at any time and may be large (a second copy as {@code .bak} would double its room). The
     * bytes are forced to disk {@value #FORCE_EVERY_MB} MB at a time as they come, so that the disk writes while the
     * rest is made, instead of all of a gigabyte at the end.
     */
    public static void replace(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    private static final int FORCE_EVERY_MB = 64;

    private static void write(Path target, Content content, boolean keepBackup) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = newTemp(folder, target.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream raw = Channels.newOutputStream(channel);
                OutputStream out = new BufferedOutputStream(keepBackup ? raw : new ForcingStream(raw, channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                keepPermissions(target, temp);
                if (keepBackup) {
                    keepBackup(target);
                }
            }
            move(temp, target);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void keepBackup(Path target) throws IOException {
        Path backup = target.resolveSibling(target.getFileName() + ".bak");
        Path temp = newTemp(target.toAbsolutePath().getParent(), backup.getFileName().toString());
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
