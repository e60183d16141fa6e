package org.dossier.search;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dossier.platform.UserFolders;

/**
 * The folder of persisted indexes, outside the store (the store is the user's, and may be read-only or under
 * version control). Each index is a folder {@code index-*}; which content it holds is written in its last
 * Lucene commit ({@link #CONTENT_KEY}), so a folder keeps serving after an update changes its content.
 * An index is built in a {@code building-*} folder and renamed when complete, so a crash never leaves a
 * half-built index where one is looked for. The {@link #KEEP} most recently used indexes are kept (one per
 * store or version of a store that was opened lately); older ones are deleted.
 */
final class IndexCache {

    private static final System.Logger LOG = System.getLogger(IndexCache.class.getName());

    static final String CONTENT_KEY = "contentKey";
    static final String DOCS = "docs";
    static final int KEEP = 3;
    private static final String INDEX = "index-";
    private static final String BUILDING = "building-";
    /** A build folder this old was left by a process that died; younger ones may still be in use. */
    private static final Duration ABANDONED = Duration.ofDays(1);

    private final Path dir;

    /** @param root the application's cache folder; indexes go in its {@code search} sub-folder */
    IndexCache(Path root) throws IOException {
        this.dir = Files.createDirectories(root.resolve("search"));
    }

    /**
     * Where the cache is by default: the user's cache folder ({@link UserFolders#cache()}); the system property
     * {@code dossier.cache} overrides it (tests use it to stay out of the user's cache).
     */
    static Path defaultRoot() {
        return UserFolders.ofThisUser().cache();
    }

    /** The index folders whose last commit says they hold {@code key}; unreadable folders are deleted. */
    List<Path> holding(String key) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path folder : folders(INDEX)) {
            try (Directory directory = FSDirectory.open(folder)) {
                Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
                if (key.equals(data.get(CONTENT_KEY))) {
                    found.add(folder);
                }
            } catch (IOException | RuntimeException e) {
                delete(folder);
            }
        }
        return found;
    }

    /** A new, empty folder to build an index in. */
    Path newBuildFolder() throws IOException {
        return Files.createDirectory(dir.resolve(BUILDING + uniqueSuffix()));
    }

    /** Moves a completely built index to where {@link #holding} finds it. */
    Path publish(Path built) throws IOException {
        Path target = dir.resolve(INDEX + uniqueSuffix());
        return Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Marks the folder as just used, and deletes all but the {@link #KEEP} most recently used and abandoned builds. */
    void use(Path folder) throws IOException {
        Files.setLastModifiedTime(folder, FileTime.from(Instant.now()));
        List<Path> indexes = new ArrayList<>(folders(INDEX));
        indexes.remove(folder);
        indexes.sort(Comparator.comparing(IndexCache::lastUsed).reversed());
        indexes.stream().skip(KEEP - 1L).forEach(IndexCache::delete);
        Instant abandoned = Instant.now().minus(ABANDONED);
        folders(BUILDING).stream().filter(f -> lastUsed(f).toInstant().isBefore(abandoned)).forEach(IndexCache::delete);
    }

    /** Deletes a folder and everything in it, as far as possible (a file another process holds open may stay). */
    static void delete(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            // Left for the next eviction: a cache folder that cannot be deleted now harms nothing.
            LOG.log(System.Logger.Level.DEBUG, "a cached index could not be deleted yet", e);
        }
    }

    private List<Path> folders(String prefix) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p)).toList();
        }
    }

    private static FileTime lastUsed(Path folder) {
        try {
            return Files.getLastModifiedTime(folder);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static String uniqueSuffix() {
        return Long.toString(System.currentTimeMillis(), 36) + "-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
    }
}
