package org.dossier.store;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Tells when JSON files of a store change on disk, whoever changed them, after the changes have settled for
 * a moment (editors and git write in bursts). Runs its own daemon thread; {@link #close()} stops it.
 *
 * <p>It keeps watching whatever happens:
 * <ul>
 *   <li>when the system loses events (an overflow: a large {@code git checkout}, or more changes than the watch can
 *       queue while the listener works), it names every store file there is and every one there was, so that the
 *       listener checks them all;</li>
 *   <li>an exception in the listener is logged, and the next change is told as usual;</li>
 *   <li>an {@code articles/} folder made after the store was opened (or made again) is watched from then on, and its
 *       files are told as changed.</li>
 * </ul>
 */
public final class StoreWatcher implements AutoCloseable {

    private static final long SETTLE_MILLIS = 400;
    private static final System.Logger LOG = System.getLogger(StoreWatcher.class.getName());

    private final Path dir;
    private final WatchService service;
    private final Consumer<Set<String>> onChange;
    private final Thread thread;
    /** The store's JSON files as far as this watcher knows: what an overflow may have hidden a change of. */
    private final Set<String> known = new HashSet<>();

    private StoreWatcher(Path dir, WatchService service, Consumer<Set<String>> onChange) {
        this.dir = dir;
        this.service = service;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "dossier-store-watcher");
        thread.setDaemon(true);
    }

    /**
     * Watches {@code dir} and its articles folder.
     *
     * @param onChange gets the store-relative names of the changed files, on the watcher's thread
     */
    public static StoreWatcher watch(Path dir, Consumer<Set<String>> onChange) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        StoreWatcher watcher = new StoreWatcher(dir, service, onChange);
        register(dir, service);
        watcher.watchArticles();
        watcher.known.addAll(watcher.storeFiles());
        watcher.thread.start();
        return watcher;
    }

    private static void register(Path folder, WatchService service) throws IOException {
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    /** Watches {@code articles/} if it is a folder now; returns the names of the files in it. */
    private Set<String> watchArticles() {
        Path articles = dir.resolve(StoreLayout.ARTICLES_DIR);
        if (!Files.isDirectory(articles)) {
            return Set.of();
        }
        try {
            register(articles, service);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "'" + articles + "' cannot be watched; changes in it are not seen", e);
        }
        return jsonFiles(articles);
    }

    private void run() {
        try {
            while (true) {
                Set<String> changed = new TreeSet<>();
                collect(service.take(), changed);
                // Take everything that follows within the settle time as one change.
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    tell(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            LOG.log(System.Logger.Level.DEBUG, "stopped watching '" + dir + "'");
        }
    }

    private void tell(Set<String> changed) {
        try {
            onChange.accept(changed);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "telling of changed files " + changed + " failed; still watching", e);
        }
    }

    private void collect(WatchKey key, Set<String> changed) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                LOG.log(System.Logger.Level.INFO, "changes in '" + folder + "' came faster than they could be told;"
                        + " every store file is checked");
                changed.addAll(known);
                known.clear();
                known.addAll(storeFiles());
                changed.addAll(known);
            } else if (event.context() instanceof Path name) {
                Path file = folder.resolve(name);
                if (folder.equals(dir) && name.toString().equals(StoreLayout.ARTICLES_DIR)
                        && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                    Set<String> appeared = watchArticles();
                    known.addAll(appeared);
                    changed.addAll(appeared);
                } else if (name.toString().endsWith(StoreLayout.JSON_SUFFIX)) {
                    String relative = StoreLayout.relative(dir, file);
                    changed.add(relative);
                    if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                        known.remove(relative);
                    } else {
                        known.add(relative);
                    }
                }
            }
        }
        key.reset(); // false for a folder that is gone: watchArticles registers a new one when it comes back
    }

    /** The store's JSON files now: those in the store folder and in {@code articles/}. */
    private Set<String> storeFiles() {
        Set<String> files = new HashSet<>(jsonFiles(dir));
        if (Files.isDirectory(dir.resolve(StoreLayout.ARTICLES_DIR))) {
            files.addAll(jsonFiles(dir.resolve(StoreLayout.ARTICLES_DIR)));
        }
        return files;
    }

    private Set<String> jsonFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> names = new HashSet<>();
            files.filter(f -> f.getFileName().toString().endsWith(StoreLayout.JSON_SUFFIX)
                            && !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS))
                    .forEach(f -> names.add(StoreLayout.relative(dir, f)));
            return names;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "'" + folder + "' could not be listed", e);
            return Set.of();
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the watch of '" + dir + "' failed; it stops anyway", e);
        }
        thread.interrupt();
    }
}
