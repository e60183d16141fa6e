package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dossier.store.StoreLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier generate} writes a store as every writer does: under the store's lock. */
class GenerateLockTest {

    @TempDir
    Path temp;

    @Test
    void a_folder_holding_only_the_lock_file_is_empty_and_gets_a_store() throws Exception {
        Path out = Files.createDirectory(temp.resolve("new"));
        StoreLock.acquire(out, Duration.ofSeconds(5), m -> { }).close();
        Dossier.Run run = Dossier.run("generate", "--out", out.toString(), "--articles", "3", "--entities", "5");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, Dossier.run("check", "--data", out.toString()).exitCode());
    }

    @Test
    void a_writer_busy_in_the_folder_is_waited_for_and_then_its_files_are_not_overwritten() throws Exception {
        Path out = Files.createDirectory(temp.resolve("busy"));
        CountDownLatch waiting = new CountDownLatch(1);
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                said.write(b);
                if (b == '\n' && said.toString(StandardCharsets.UTF_8).contains("waiting…")) {
                    waiting.countDown();
                }
            }
        }, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> generate;
        try (StoreLock other = StoreLock.acquire(out, Duration.ofSeconds(5), m -> { })) {
            // The other writer has just begun a new store here: the folder is still empty.
            generate = CompletableFuture.supplyAsync(() -> CommandLine.run(new String[] {"generate", "--out",
                    out.toString(), "--articles", "3", "--entities", "5"},
                    new PrintStream(OutputStream.nullOutputStream()), err, dir -> { }));
            assertTrue(waiting.await(20, TimeUnit.SECONDS), "generate did not wait: " + said);
            Files.writeString(out.resolve("store.json"), "{\"formatVersion\": 1}\n");
        }
        assertEquals(1, generate.get(20, TimeUnit.SECONDS));
        assertTrue(said.toString(StandardCharsets.UTF_8).contains("is not empty"), said.toString());
        assertEquals("{\"formatVersion\": 1}\n", Files.readString(out.resolve("store.json")));
        assertFalse(Files.exists(out.resolve("articles")), "nothing was generated into it");
    }
}
