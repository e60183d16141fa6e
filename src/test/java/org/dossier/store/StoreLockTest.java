package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.dossier.testing.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store lock: one writer at a time, in one process or several; waits are bounded, crashes leave no lock. */
class StoreLockTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    @TempDir
    Path store;

    private Process holder;

    @AfterEach
    void stopHolder() throws InterruptedException {
        if (holder != null) {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void closing_the_lock_lets_the_next_writer_take_it_at_once() throws Exception {
        StoreLock first = StoreLock.acquire(store, LONG, m -> { });
        first.close();
        try (StoreLock second = StoreLock.acquire(store, Duration.ZERO, m -> { })) {
            assertTrue(Files.isRegularFile(store.resolve(StoreLayout.LOCK_FILE)));
        }
    }

    @Test
    void a_second_writer_in_the_same_process_is_told_and_waits_until_the_first_lets_go() throws Exception {
        CountDownLatch told = new CountDownLatch(1);
        AtomicReference<String> message = new AtomicReference<>();
        CompletableFuture<StoreLock> second;
        try (StoreLock first = StoreLock.acquire(store, LONG, m -> { })) {
            second = CompletableFuture.supplyAsync(() -> acquire(store, LONG, m -> {
                message.set(m);
                told.countDown();
            }));
            assertTrue(told.await(10, TimeUnit.SECONDS), "the second writer was not told it waits");
            assertTrue(!second.isDone(), "the second writer went ahead while the first held the lock");
        }
        second.get(10, TimeUnit.SECONDS).close();
        assertEquals("the store is being changed by another window or task of this Dossier: waiting…", message.get());
    }

    @Test
    void a_writer_that_waits_longer_than_its_bound_gives_up_saying_why() throws Exception {
        try (StoreLock first = StoreLock.acquire(store, LONG, m -> { })) {
            StoreException e = assertThrows(StoreException.class,
                    () -> StoreLock.acquire(store, Duration.ofMillis(200), m -> { }));
            assertTrue(e.getMessage().contains("is being changed by another window or task of this Dossier; gave up "
                    + "after waiting 200 ms. Try again when it is done."), e.getMessage());
        }
    }

    @Test
    void another_process_holding_the_lock_is_waited_for_and_named_by_its_pid() throws Exception {
        BufferedReader out = startHolder();
        CountDownLatch told = new CountDownLatch(1);
        AtomicReference<String> message = new AtomicReference<>();
        CompletableFuture<StoreLock> waiting = CompletableFuture.supplyAsync(() -> acquire(store, LONG, m -> {
            message.set(m);
            told.countDown();
        }));
        assertTrue(told.await(10, TimeUnit.SECONDS), "the writer was not told it waits");
        assertEquals("the store is being changed by another Dossier (pid " + holder.pid() + "): waiting…",
                message.get());
        assertTrue(!waiting.isDone(), "the writer went ahead while another process held the lock");
        holder.getOutputStream().write('\n');
        holder.getOutputStream().flush();
        waiting.get(20, TimeUnit.SECONDS).close();
        assertEquals("released", out.readLine());
    }

    @Test
    void waiting_for_another_process_gives_up_after_the_bound_naming_it() throws Exception {
        startHolder();
        StoreException e = assertThrows(StoreException.class,
                () -> StoreLock.acquire(store, Duration.ofMillis(300), m -> { }));
        assertTrue(e.getMessage().contains("is being changed by another Dossier (pid " + holder.pid() + "); gave up"),
                e.getMessage());
    }

    @Test
    void a_holder_killed_with_sigkill_leaves_the_store_unlocked() throws Exception {
        startHolder();
        holder.destroyForcibly();
        assertTrue(holder.waitFor(10, TimeUnit.SECONDS), "the holder did not die");
        try (StoreLock lock = StoreLock.acquire(store, Duration.ZERO, m -> { })) {
            assertTrue(Files.isRegularFile(store.resolve(StoreLayout.LOCK_FILE)), "the lock file stays");
        }
    }

    @Test
    void a_missing_store_folder_cannot_be_locked() {
        StoreException e = assertThrows(StoreException.class,
                () -> StoreLock.acquire(store.resolve("nowhere"), LONG, m -> { }));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void the_lock_file_is_no_part_of_a_store_and_a_folder_holding_only_it_is_a_new_store() throws Exception {
        TestStore test = TestStore.in(store.resolve("test"));
        StoreLock.acquire(test.dir(), LONG, m -> { }).close();
        assertEquals(List.of(), test.load().problems());
        Path empty = Files.createDirectory(store.resolve("empty"));
        StoreLock.acquire(empty, LONG, m -> { }).close();
        LoadResult loaded = StoreReader.load(empty);
        assertEquals(List.of(), loaded.problems(), "not a store whose store.json is missing");
        assertTrue(loaded.knowledgeBase().isEmpty());
    }

    /** Starts {@link HoldStoreLock} on the store and waits until it holds the lock. */
    private BufferedReader startHolder() throws Exception {
        holder = ChildJvm.start(HoldStoreLock.class, List.of("-Xmx64m"), store.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", out.readLine());
        return out;
    }

    private static StoreLock acquire(Path dir, Duration wait, java.util.function.Consumer<String> onWaiting) {
        try {
            return StoreLock.acquire(dir, wait, onWaiting);
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
