package org.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The size and modification time of each store file as this program last read or wrote it. A file whose
 * stamp differs now was changed by someone else: it must be reloaded, never overwritten.
 */
public final class FileStamps {

    private record Stamp(long size, long modifiedMillis) {
    }

    private final Path dir;
    private final Map<String, Stamp> stamps = new ConcurrentHashMap<>();

    private FileStamps(Path dir) {
        this.dir = dir;
    }

    /** Stamps every JSON file of the store in {@code dir} as it is now. */
    public static FileStamps of(Path dir) {
        FileStamps s = new FileStamps(dir);
        s.record(StoreLayout.STORE_FILE);
        s.record(StoreLayout.ENTITIES_FILE);
        s.record(StoreLayout.RELATIONS_FILE);
        s.record(DecisionsFile.FILE);
        s.record(ListedEntriesFile.FILE);
        Path articles = dir.resolve(StoreLayout.ARTICLES_DIR);
        if (Files.isDirectory(articles)) {
            try (Stream<Path> files = Files.list(articles)) {
                files.filter(f -> f.getFileName().toString().endsWith(StoreLayout.JSON_SUFFIX))
                        .forEach(f -> s.record(StoreLayout.relative(dir, f)));
            } catch (IOException e) {
                // Unlisted files get no stamp; they count as changed, so they are reloaded rather than overwritten.
            }
        }
        return s;
    }

    /** Remembers the file as it is now (after this program wrote it). */
    public void record(String relative) {
        Stamp now = stampOf(relative);
        if (now == null) {
            stamps.remove(relative);
        } else {
            stamps.put(relative, now);
        }
    }

    /** Whether the file differs from how this program last saw it (appeared, vanished or changed). */
    public boolean changedOnDisk(String relative) {
        Stamp now = stampOf(relative);
        Stamp known = stamps.get(relative);
        return now == null ? known != null : !now.equals(known);
    }

    private Stamp stampOf(String relative) {
        try {
            BasicFileAttributes a = Files.readAttributes(dir.resolve(relative), BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }
}
