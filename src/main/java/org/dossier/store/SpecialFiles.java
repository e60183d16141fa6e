package org.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Names the kind of a file that is neither a regular file nor a folder, for a message a person can act on. */
final class SpecialFiles {

    /** The file-type bits of a Unix mode, and the values that matter here (as in {@code sys/stat.h}). */
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFiles() {
    }

    /** "a named pipe (FIFO)", "a device", "a socket", or "a special file" where the system does not say. */
    static String kind(Path file) {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file"; // not a Unix file system (Windows): the type has no name here
        }
        return switch (mode & TYPE_MASK) {
            case FIFO -> "a named pipe (FIFO)";
            case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
            case SOCKET -> "a socket";
            default -> "a special file";
        };
    }
}
