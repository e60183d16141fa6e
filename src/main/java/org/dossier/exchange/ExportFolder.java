package org.dossier.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A folder an export writes (a CSV set, an Obsidian vault), put in place as a whole: everything is written into a new
 * folder beside the target, which is renamed to the target's name only when the export is complete. A crash or a
 * Cancel leaves the target as it was. The target must be new, empty, or a folder an earlier export made (it holds
 * {@value #MARKER}): a folder of the user's own notes is never replaced, and nothing is written outside it.
 */
public final class ExportFolder implements AutoCloseable {

    /** The file that says "Dossier made this folder; a new export may replace it". */
    public static final String MARKER = ".dossier-export";

    private final Path target;
    private final Path building;
    private boolean done;

    private ExportFolder(Path target, Path building) {
        this.target = target;
        this.building = building;
    }

    /**
     * Starts an export into {@code target}.
     *
     * @throws IOException when the target is a file, or a folder with files of its own, with a message that says so
     */
    public static ExportFolder start(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        String refusal = whyNotReplaceable(absolute);
        if (refusal != null) {
            throw new IOException(refusal);
        }
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new IOException("'" + absolute + "' is the root of the file system; export into a folder inside it");
        }
        Files.createDirectories(parent);
        Path building = parent.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(
                ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        Files.createDirectory(building);
        Files.writeString(building.resolve(MARKER), "Made by Dossier's export; the next export into this folder "
                + "replaces it whole.\n");
        return new ExportFolder(absolute, building);
    }

    /** Why {@code dir} may not be replaced by an export, or null. */
    static String whyNotReplaceable(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return "'" + dir + "' is not a folder; give a new folder (or an empty one) with --out";
        }
        if (Files.exists(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                return null;
            }
        }
        return "'" + dir + "' already holds files that an earlier export did not write; export into a new or empty "
                + "folder, so that nothing of yours is replaced";
    }

    /** The folder being written: every file of the export goes below it. */
    public Path folder() {
        return building;
    }

    /**
     * A path for {@code relative} (made by the export's own naming) below the folder, checked to stay inside it.
     *
     * @throws IOException if the name would lead out of the folder
     */
    public Path file(String relative) throws IOException {
        Path file = building.resolve(relative).normalize();
        if (!file.startsWith(building) || file.equals(building)) {
            throw new IOException("'" + relative + "' would be written outside the export folder");
        }
        return file;
    }

    /** Puts the finished folder in place of the target (and the target's old content away). */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = building.resolveSibling("." + target.getFileName() + ".old." + Long.toUnsignedString(
                    ThreadLocalRandom.current().nextLong(), 36));
            try {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            } catch (DirectoryNotEmptyException e) {
                throw new IOException("'" + target + "' could not be replaced: " + e.getMessage(), e);
            }
        }
        Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
        done = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Removes what was written unless the export was put in place. */
    @Override
    public void close() throws IOException {
        if (!done) {
            deleteTree(building);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
