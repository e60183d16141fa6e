package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each wait here is for the watcher's call, bounded so that a watcher that never calls fails the test. */
class StoreWatcherTest {

    private static final long WAIT_SECONDS = 20;

    @TempDir
    Path temp;

    private final BlockingQueue<Set<String>> told = new LinkedBlockingQueue<>();

    private Set<String> next() throws InterruptedException {
        Set<String> files = told.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(files, "the watcher said nothing within " + WAIT_SECONDS + " s");
        return files;
    }

    /** What it tells until it has told all of {@code expected}. */
    private Set<String> until(Set<String> expected) throws InterruptedException {
        Set<String> all = new HashSet<>();
        while (!all.containsAll(expected)) {
            all.addAll(next());
        }
        return all;
    }

    @Test
    void a_change_is_told_with_the_files_store_relative_name() throws Exception {
        TestStore store = TestStore.in(temp);
        try (StoreWatcher watcher = StoreWatcher.watch(store.dir(), told::add)) {
            store.write(TestStore.A1, store.read(TestStore.A1) + " ");
            assertEquals(Set.of("articles/a1.json"), until(Set.of("articles/a1.json")));
        }
    }

    @Test
    void events_lost_to_an_overflow_are_made_up_for_by_telling_every_file_there_is_and_was() throws Exception {
        TestStore store = TestStore.in(temp);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(1);
        try (StoreWatcher watcher = StoreWatcher.watch(store.dir(), files -> {
            told.add(files);
            busy.countDown();
            try {
                release.await(); // the listener is slow: meanwhile more events come than the watch can queue
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            store.write(TestStore.ENTITIES, store.read(TestStore.ENTITIES) + " ");
            assertTrue(busy.await(WAIT_SECONDS, TimeUnit.SECONDS));
            Set<String> expected = new HashSet<>();
            for (int i = 0; i < 700; i++) {
                store.write("articles/new-" + i + ".json", "{}");
                expected.add("articles/new-" + i + ".json");
            }
            store.delete(TestStore.A2);
            expected.add(TestStore.A2);
            release.countDown();
            assertEquals(Set.of(TestStore.ENTITIES), next());
            Set<String> after = until(expected);
            assertTrue(after.containsAll(expected), "every new file and the deleted one");
        }
    }

    @Test
    void an_exception_in_the_listener_is_logged_and_the_next_change_is_still_told() throws Exception {
        TestStore store = TestStore.in(temp);
        try (StoreWatcher watcher = StoreWatcher.watch(store.dir(), files -> {
            told.add(files);
            if (files.contains(TestStore.ENTITIES)) {
                throw new IllegalStateException("the listener broke");
            }
        })) {
            store.write(TestStore.ENTITIES, store.read(TestStore.ENTITIES) + " ");
            until(Set.of(TestStore.ENTITIES));
            store.write(TestStore.RELATIONS, store.read(TestStore.RELATIONS) + " ");
            until(Set.of(TestStore.RELATIONS));
        }
    }

    @Test
    void an_articles_folder_made_after_the_store_was_opened_is_watched_from_then_on() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("store"));
        Files.writeString(dir.resolve("store.json"), "{\"formatVersion\": 1}\n");
        try (StoreWatcher watcher = StoreWatcher.watch(dir, told::add)) {
            Path articles = Files.createDirectory(dir.resolve("articles"));
            Files.writeString(articles.resolve("first.json"), "{}");
            until(Set.of("articles/first.json"));
            Files.writeString(articles.resolve("second.json"), "{}");
            until(Set.of("articles/second.json"));
        }
    }
}
