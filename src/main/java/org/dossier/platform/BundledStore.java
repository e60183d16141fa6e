package org.dossier.platform;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample store an installed Dossier carries in its install folder, which Dossier never writes to (it may be the
 * system's, and an update replaces it): the first start copies it into the user's data folder, and the copy is what
 * opens, and what edits and imports change. The packaged launcher says where the bundled store is with the system
 * property {@value #PROPERTY}; {@code java -jar} has none.
 */
public final class BundledStore {

    public static final String PROPERTY = "dossier.bundledStore";
    /** The copy's folder name in the user's data folder. */
    static final String COPY = "Sample store";

    private BundledStore() {
    }

    /** The bundled store of an installed Dossier, or null when this one was not installed. */
    public static Path bundled() {
        String path = System.getProperty(PROPERTY);
        return path == null || path.isBlank() ? null : Path.of(path);
    }

    /** Where the user's copy is, made or not. */
    public static Path copyIn(Path dataFolder) {
        return dataFolder.resolve(COPY);
    }

    /**
     * The user's copy of {@code bundled} in {@code dataFolder}, made now if there is none yet. The copy is made in a
     * hidden folder beside it and renamed into place when whole, so a start that ends half way leaves no half store;
     * a copy made meanwhile by another Dossier starting at the same time is kept.
     */
    public static Path userCopy(Path bundled, Path dataFolder) throws IOException {
        Path copy = copyIn(dataFolder);
        if (Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
            return copy;
        }
        Files.createDirectories(dataFolder);
        Path partial = Files.createTempDirectory(dataFolder, ".copying-sample-store-");
        try {
            copyStoreFiles(bundled, partial);
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            System.getLogger(BundledStore.class.getName()).log(System.Logger.Level.INFO,
                    "another Dossier copied the sample store at the same time; using its copy");
        } finally {
            deleteTree(partial);
        }
        return copy;
    }

    /** The store's folders and regular files; hidden ones (a lock file, a leftover) are not part of it. */
    private static void copyStoreFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path relative = from.relativize(file);
                if (hidden(relative)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static boolean hidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> files = Files.walk(dir)) {
            all = files.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path file : all) {
            Files.delete(file);
        }
    }
}
