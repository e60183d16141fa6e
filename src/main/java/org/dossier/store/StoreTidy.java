package org.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tidies a store when a writer opens it (the window, {@code dossier import}): removes what earlier writers left that
 * is no part of the store. Only Dossier's own files are touched:
 * <ul>
 *   <li>temporary files of {@link AtomicFiles} ({@code .NAME<digits>.tmp}) older than the opening, left by a
 *       writer that crashed mid-write (a younger one may belong to a writer at work right now);</li>
 *   <li>backups in {@value StoreLayout#BACKUP_DIR} older than {@link #BACKUP_AGE}: each file's backup is replaced at
 *       its next rewrite, so the folder holds at most one per file, and only recent ones;</li>
 *   <li>the {@code NAME.bak} files earlier versions of Dossier kept beside each file (445 in {@code articles/}
 *       after linking one entity everywhere): moved into the backup folder, so they are pruned like the others.</li>
 * </ul>
 * Nothing is done to a store opened read-only, and nothing while another writer holds the store's lock (its
 * temporary files are in use): the next opening tidies. A store with nothing to tidy is not touched at all, not even
 * by creating the lock file. A file that cannot be removed is logged and left.
 */
public final class StoreTidy {

    /** How long a backup is kept: long enough to notice a wrong change, short enough to keep the store small. */
    public static final Duration BACKUP_AGE = Duration.ofDays(14);
    private static final String OLD_BACKUP_SUFFIX = ".bak";
    private static final System.Logger LOG = System.getLogger(StoreTidy.class.getName());

    /** What a tidy-up removed or moved. */
    public record Tidied(int temporaryFiles, int oldBackups, int movedBackups) {
        public boolean nothing() {
            return temporaryFiles + oldBackups + movedBackups == 0;
        }
    }

    private StoreTidy() {
    }

    /**
     * Tidies the store just loaded, if there is anything to tidy and no other writer is at work (the lock is tried,
     * not waited for).
     *
     * @param openedAt when the opening began: only temporary files older than that are leftovers
     */
    public static Tidied afterOpening(LoadResult loaded, Instant openedAt) {
        Path dir = loaded.dir();
        if (loaded.readOnly() || !Files.isDirectory(dir) || found(dir, openedAt).nothing()) {
            return new Tidied(0, 0, 0);
        }
        try (StoreLock lock = StoreLock.acquire(dir, Duration.ZERO, busy -> { })) {
            return underLock(dir, openedAt);
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.INFO, "the store '" + dir + "' was not tidied: " + e.getMessage());
            return new Tidied(0, 0, 0);
        }
    }

    /** Tidies a store whose lock the caller holds. */
    public static Tidied underLock(Path dir, Instant openedAt) {
        Instant backupsBefore = Instant.now().minus(BACKUP_AGE);
        int temporary = 0;
        int moved = 0;
        int old = 0;
        for (Path file : files(dir, openedAt)) {
            String name = file.getFileName().toString();
            if (AtomicFiles.isTemporaryFile(file)) {
                temporary += delete(file) ? 1 : 0;
            } else if (name.endsWith(OLD_BACKUP_SUFFIX)) {
                moved += moveToBackups(dir, file) ? 1 : 0;
            }
        }
        for (Path backup : backups(dir)) {
            if (modified(backup).isBefore(backupsBefore)) {
                old += delete(backup) ? 1 : 0;
            }
        }
        Tidied tidied = new Tidied(temporary, old, moved);
        if (!tidied.nothing()) {
            LOG.log(System.Logger.Level.INFO, "tidied the store '" + dir + "': removed " + temporary
                    + " temporary files left by a crash and " + old + " backups older than " + BACKUP_AGE.toDays()
                    + " days, moved " + moved + " backups of an earlier Dossier into " + StoreLayout.BACKUP_DIR);
        }
        return tidied;
    }

    /** What {@link #underLock} would do, counted without touching anything. */
    static Tidied found(Path dir, Instant openedAt) {
        Instant backupsBefore = Instant.now().minus(BACKUP_AGE);
        List<Path> leftovers = files(dir, openedAt);
        int temporary = (int) leftovers.stream().filter(AtomicFiles::isTemporaryFile).count();
        int moved = leftovers.size() - temporary;
        int old = (int) backups(dir).stream().filter(b -> modified(b).isBefore(backupsBefore)).count();
        return new Tidied(temporary, old, moved);
    }

    /**
     * Dossier's leftovers in the store's folders (the store folder, {@code articles/}, the backup folder): temporary
     * files older than {@code openedAt}, and old-style backups of store files beside them.
     */
    private static List<Path> files(Path dir, Instant openedAt) {
        List<Path> found = new ArrayList<>();
        for (Path folder : List.of(dir, dir.resolve(StoreLayout.ARTICLES_DIR), dir.resolve(StoreLayout.BACKUP_DIR),
                dir.resolve(StoreLayout.BACKUP_DIR).resolve(StoreLayout.ARTICLES_DIR))) {
            for (Path file : regularFiles(folder)) {
                String name = file.getFileName().toString();
                boolean leftover = AtomicFiles.isTemporaryFile(file) && modified(file).isBefore(openedAt);
                boolean oldBackup = !folder.startsWith(dir.resolve(StoreLayout.BACKUP_DIR))
                        && name.endsWith(StoreLayout.JSON_SUFFIX + OLD_BACKUP_SUFFIX);
                if (leftover || oldBackup) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    private static List<Path> backups(Path dir) {
        Path backups = dir.resolve(StoreLayout.BACKUP_DIR);
        List<Path> found = new ArrayList<>(regularFiles(backups));
        found.addAll(regularFiles(backups.resolve(StoreLayout.ARTICLES_DIR)));
        found.removeIf(AtomicFiles::isTemporaryFile);
        return found;
    }

    private static List<Path> regularFiles(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "'" + folder + "' could not be listed to tidy it", e);
            return List.of();
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .lastModifiedTime().toInstant();
        } catch (IOException e) {
            return Instant.MAX; // gone meanwhile, or unreadable: never counted as old
        }
    }

    /** "articles/x.json.bak" becomes ".backups/articles/x.json", unless a newer backup is there already. */
    private static boolean moveToBackups(Path dir, Path oldBackup) {
        String relative = StoreLayout.relative(dir, oldBackup);
        Path target = StoreLayout.backupFile(dir, relative.substring(0, relative.length() - OLD_BACKUP_SUFFIX.length()));
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(oldBackup);
            } else {
                Files.createDirectories(target.getParent());
                Files.move(oldBackup, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return true;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "'" + oldBackup + "' could not be moved into the backup folder", e);
            return false;
        }
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "'" + file + "' could not be removed while tidying the store", e);
            return false;
        }
    }
}
