package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir -> { });
    }

    @Test
    void generate_writes_a_store_that_check_accepts() {
        Path store = temp.resolve("s");
        assertEquals(0, run("generate", "--out", store.toString(), "--articles", "12", "--entities", "30",
                "--seed", "5"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Wrote 12 articles and 30 entities"));
        assertEquals(0, run("check", "--data", store.toString()));
        assertEquals(12, StoreReader.load(store).knowledgeBase().articles().size());
    }

    @Test
    void a_folder_with_files_in_it_is_refused_with_exit_1() throws Exception {
        Path busy = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(busy.resolve("keep.txt"), "mine");
        assertEquals(1, run("generate", "--out", busy.toString(), "--articles", "1", "--entities", "5"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not empty"));
    }

    @Test
    void bad_numbers_and_a_missing_out_are_usage_errors() {
        assertEquals(2, run("generate", "--articles", "10"));
        assertEquals(2, run("generate", "--out", temp.resolve("x").toString(), "--articles", "many"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--articles needs a whole number"));
        assertEquals(2, run("generate", "--out", temp.resolve("y").toString(), "--entities", "1"));
    }
}
