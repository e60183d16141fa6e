package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.app.Launcher;
import org.dossier.store.TestStore;
import org.dossier.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GB entity list, scaled down: {@code import-entities} in a process of its own at -Xmx64m reads a 256 MB list
 * (four times its heap, as a gigabyte is to a default heap of a machine with 16 GB) of a few entities repeated
 * and one line of 40 MB without a break, as a stream: the long line is reported with its place, the entities
 * before and after it are imported, and no OutOfMemoryError.
 */
class EntityListMemoryTest {

    private static final String HEAP = "-Xmx64m";
    private static final long SIZE = 256L * 1024 * 1024;

    @TempDir
    Path temp;

    private Path largeList() throws IOException {
        Path file = temp.resolve("large.ftm.json");
        byte[] person = "{\"id\":\"p%d\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Person %d\"],\"alias\":[\"P. %d\"]}}\n"
                .getBytes(StandardCharsets.UTF_8);
        String template = new String(person, StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            long written = 0;
            long line = 0;
            while (written < SIZE) {
                line++;
                if (line == 1000) {
                    out.write("{\"schema\":\"Note\",\"properties\":{\"description\":[\"".getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 40; i++) {
                        out.write(chunk);
                    }
                    out.write("\"]}}\n".getBytes(StandardCharsets.UTF_8));
                    written += 40L << 20;
                    continue;
                }
                int n = (int) (line % 50);
                byte[] bytes = String.format(template, n, n, n).getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                written += bytes.length;
            }
        }
        return file;
    }

    @Test
    void a_list_four_times_the_heap_with_a_40_mb_line_is_read_as_a_stream() throws Exception {
        TestStore store = TestStore.in(temp.resolve("store"));
        Path list = largeList();
        Process p = ChildJvm.start(Launcher.class, List.of(HEAP), "import-entities", list.toString(), "--data",
                store.dir().toString());
        String said = ChildJvm.output(p);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the import did not end");
        assertFalse(said.contains("OutOfMemoryError"), said);
        assertEquals(1, p.exitValue(), said);
        assertTrue(said.contains("Imported 50 new entities;"), said);
        assertTrue(said.contains("  " + list + ":1000: the line is longer than 8 MB, more than any entry of an entity "
                + "list; it was skipped\n"), said);
        assertTrue(said.contains("entries repeated an earlier one of the lists"), said);
        assertEquals(3 + 50, store.load().knowledgeBase().entities().size(), "the test store's three and the fifty");
    }
}
