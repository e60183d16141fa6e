package org.dossier.store;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Tells when JSON files of a store change on disk, whoever changed them, after the changes have settled for
 * a moment (editors and git write in bursts). Runs its own daemon thread; {@link #close()} stops it.
 */
public final class StoreWatcher implements AutoCloseable {

    private static final long SETTLE_MILLIS = 400;

    private final Path dir;
    private final WatchService service;
    private final Consumer<Set<String>> onChange;
    private final Thread thread;

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
        register(dir, service);
        Path articles = dir.resolve(StoreLayout.ARTICLES_DIR);
        if (Files.isDirectory(articles)) {
            register(articles, service);
        }
        StoreWatcher watcher = new StoreWatcher(dir, service, onChange);
        watcher.thread.start();
        return watcher;
    }

    private static void register(Path folder, WatchService service) throws IOException {
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    private void run() {
        try {
            while (true) {
                Set<String> changed = new TreeSet<>();
                WatchKey key = service.take();
                collect(key, changed);
                // Take everything that follows within the settle time as one change.
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    try {
                        onChange.accept(changed);
                    } catch (RuntimeException e) {
                        return; // the listener is gone (its window closed): nothing left to tell
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop quietly
        }
    }

    private void collect(WatchKey key, Set<String> changed) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name && name.toString().endsWith(StoreLayout.JSON_SUFFIX)) {
                changed.add(StoreLayout.relative(dir, folder.resolve(name)));
            }
        }
        key.reset();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing more to stop
        }
        thread.interrupt();
    }
}
