package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * {@code dossier import} in a small heap (a process of its own at -Xmx128m, standing for a 190 MB file at -Xmx1g):
 * a file that would not fit is refused with one clear line naming it and the limit, never an OutOfMemoryError; and
 * a long one-line file full of names, which used to need a JSON object per mention to be saved, fits.
 */
class ImportMemoryTest {

    private static final String HEAP = "-Xmx128m";

    @TempDir
    Path temp;

    /** {@code megabytes} of text that names an entity every three words, on one line. */
    private Path namesOnOneLine(String name, int megabytes) throws IOException {
        String line = "Ukraine and Denmark, ".repeat(megabytes * 50_000);
        return Files.writeString(temp.resolve(name), line.substring(0, megabytes * 1024 * 1024) + "\n");
    }

    private String importInSmallHeap(Path file, TestStore store, int expectedExit) throws Exception {
        Process p = ChildJvm.start(Launcher.class, List.of(HEAP), "import", file.toString(), "--data",
                store.dir().toString());
        String said = ChildJvm.output(p);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the import did not end");
        assertEquals(expectedExit, p.exitValue(), said);
        assertFalse(said.contains("OutOfMemoryError"), said);
        return said;
    }

    @Test
    void a_file_too_large_for_the_heap_is_refused_with_a_line_naming_it_and_the_limit() throws Exception {
        TestStore store = TestStore.in(temp.resolve("store"));
        Path file = namesOnOneLine("large.txt", 20);
        String said = importInSmallHeap(file, store, 1);
        assertTrue(said.contains("Failed 1:\n  " + file + ": reading it would take about 260 MB of memory (20 MB × 13) "
                + "and only "), said);
        assertTrue(said.contains("(the most this Java may use is 128 MB); split the file, or give Dossier more memory "
                + "(java -Xmx1g …)"), said);
        assertEquals(2, store.load().knowledgeBase().articles().size(), "nothing was written");
    }

    @Test
    void a_long_one_line_markdown_file_full_of_names_imports_in_a_small_heap() throws Exception {
        TestStore store = TestStore.in(temp.resolve("store"));
        Path file = namesOnOneLine("names.md", 6);
        String said = importInSmallHeap(file, store, 0);
        assertTrue(said.contains("Imported 1 article into "), said);
        assertEquals(3, store.load().knowledgeBase().articles().size());
    }
}
