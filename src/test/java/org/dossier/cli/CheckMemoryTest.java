package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.app.Launcher;
import org.dossier.store.TestStore;
import org.dossier.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier check} in a small heap (a process of its own at -Xmx128m) on a store with an article too large to
 * read the careful way, which keeps a JSON object per mention: the article is reported with its size and the
 * limit, never an OutOfMemoryError, and never "not valid JSON" (Gson turns an OutOfMemoryError into that).
 */
class CheckMemoryTest {

    @TempDir
    java.nio.file.Path temp;

    @Test
    void an_article_too_large_for_the_heap_is_a_problem_naming_the_limit_not_an_out_of_memory_error() throws Exception {
        TestStore store = TestStore.in(temp.resolve("store"));
        int mentions = 200_000;
        // A mistyped paragraph index sends the file the careful way, into a tree with an object per mention.
        try (BufferedWriter out = Files.newBufferedWriter(store.file("articles/big.json"), StandardCharsets.UTF_8)) {
            out.write("{\"id\": \"big\", \"title\": \"Big\", \"paragraphs\": [\"" + "Ukraine and Denmark, ".repeat(mentions)
                    + "\"], \"mentions\": [{\"entity\": \"ukraine\", \"paragraph\": \"0\", \"start\": 0, \"end\": 7, "
                    + "\"text\": \"Ukraine\"}");
            for (int i = 1; i < mentions; i++) {
                out.write(",\n{\"entity\": \"ukraine\", \"paragraph\": 0, \"start\": " + 21 * i + ", \"end\": "
                        + (21 * i + 7) + ", \"text\": \"Ukraine\"}");
            }
            out.write("]}\n");
        }
        Process p = ChildJvm.start(Launcher.class, List.of("-Xmx128m"), "check", "--data", store.dir().toString());
        String said = ChildJvm.output(p);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "check did not end");
        assertEquals(1, p.exitValue(), said);
        assertFalse(said.contains("OutOfMemoryError"), said);
        assertTrue(said.contains("articles/big.json: reading it would take about "), said);
        assertTrue(said.contains("(the most this Java may use is 128 MB)"), said);
    }
}
