package org.dossier.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggingTest {

    @TempDir
    Path temp;

    @AfterEach
    void stopLogging() {
        Logging.stop();
    }

    @Test
    void an_exception_no_code_caught_on_any_thread_is_logged_with_its_stack_and_shown_to_listeners() throws Exception {
        Path logs = temp.resolve("state/logs");
        assertEquals(logs, Logging.start(logs));
        CompletableFuture<Throwable> heard = new CompletableFuture<>();
        BiConsumer<Thread, Throwable> listener = (thread, error) -> heard.complete(error);
        UncaughtExceptions.listen(listener);
        try {
            Thread worker = new Thread(() -> {
                throw new IllegalStateException("the worker broke");
            }, "a-worker");
            worker.start();
            worker.join();
            assertEquals("the worker broke", heard.get(10, TimeUnit.SECONDS).getMessage());
        } finally {
            UncaughtExceptions.stopListening(listener);
        }
        String log = Files.readString(logs.resolve("dossier.0.log"));
        assertTrue(log.contains("ERROR") || log.contains("SEVERE"), log);
        assertTrue(log.contains("uncaught exception in thread 'a-worker'"), log);
        assertTrue(log.contains("java.lang.IllegalStateException: the worker broke"), log);
        assertTrue(log.contains("at org.dossier.platform.LoggingTest"), "with its stack trace: " + log);
    }

    @Test
    void a_listener_that_fails_is_logged_and_the_next_one_still_hears() throws Exception {
        Logging.start(temp.resolve("logs"));
        CompletableFuture<Throwable> second = new CompletableFuture<>();
        BiConsumer<Thread, Throwable> failing = (thread, error) -> {
            throw new IllegalArgumentException("the dialog failed");
        };
        BiConsumer<Thread, Throwable> next = (thread, error) -> second.complete(error);
        UncaughtExceptions.listen(failing);
        UncaughtExceptions.listen(next);
        try {
            UncaughtExceptions.handle(Thread.currentThread(), new RuntimeException("first"));
            assertEquals("first", second.get(10, TimeUnit.SECONDS).getMessage());
        } finally {
            UncaughtExceptions.stopListening(failing);
            UncaughtExceptions.stopListening(next);
        }
        assertTrue(Files.readString(temp.resolve("logs/dossier.0.log")).contains("the dialog failed"));
    }
}
