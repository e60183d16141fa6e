package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one bounded way files are read: what it reads, and what it refuses before reading. */
class BoundedFilesTest {

    private static final BoundedFiles.Limit SMALL = new BoundedFiles.Limit(100, 1, "more than 100 bytes");

    @TempDir
    Path temp;

    @Test
    void a_file_up_to_the_bound_is_read_whole() throws Exception {
        byte[] bytes = "x".repeat(100).getBytes();
        Path file = Files.write(temp.resolve("a.json"), bytes);
        assertArrayEquals(bytes, BoundedFiles.read(file, null, SMALL));
        assertArrayEquals(new byte[0], BoundedFiles.read(Files.write(temp.resolve("e.json"), new byte[0]), null, SMALL));
    }

    @Test
    void a_file_over_the_bound_is_refused_with_the_limits_words() throws Exception {
        Path file = Files.write(temp.resolve("a.json"), new byte[101]);
        FileRefused e = assertThrows(FileRefused.class, () -> BoundedFiles.read(file, null, SMALL));
        assertEquals(FileRefused.Kind.TOO_LARGE, e.kind());
        assertEquals("more than 100 bytes", e.getMessage());
    }

    @Test
    void the_bound_holds_when_a_file_reports_a_size_of_zero() throws Exception {
        Path status = Path.of("/proc/self/status"); // a regular file of 0 bytes, as the system says, yet with text
        assumeTrue(Files.isRegularFile(status), "no /proc here");
        FileRefused e = assertThrows(FileRefused.class, () -> BoundedFiles.read(status, null, SMALL));
        assertEquals(FileRefused.Kind.TOO_LARGE, e.kind());
        assertTrue(BoundedFiles.read(status, null, BoundedFiles.STORE_FILE).length > 100, "read to its end");
    }

    @Test
    void a_file_that_would_not_fit_in_memory_is_refused_before_it_is_read() throws Exception {
        Path file = Files.write(temp.resolve("a.json"), new byte[1000]);
        long tooMany = Runtime.getRuntime().maxMemory() / 1000 + 1;
        BoundedFiles.Limit hungry = new BoundedFiles.Limit(1000, (int) Math.min(Integer.MAX_VALUE, tooMany), "x");
        FileRefused e = assertThrows(FileRefused.class, () -> BoundedFiles.read(file, null, hungry));
        assertTrue(e.getMessage().startsWith("reading it would take about "), e.getMessage());
        assertTrue(e.getMessage().contains("give Dossier more memory (java -Xmx"), e.getMessage());
    }

    @Test
    void a_folder_and_a_missing_file_are_refused_by_kind() throws Exception {
        assertEquals(FileRefused.Kind.FOLDER, assertThrows(FileRefused.class,
                () -> BoundedFiles.read(temp, null, SMALL)).kind());
        FileRefused missing = assertThrows(FileRefused.class,
                () -> BoundedFiles.read(temp.resolve("none.json"), null, SMALL));
        assertEquals(FileRefused.Kind.MISSING, missing.kind());
        assertEquals("there is no such file", missing.getMessage());
    }

    @Test
    void a_link_is_followed_inside_the_folder_given_and_anywhere_without_one() throws Exception {
        Path store = Files.createDirectory(temp.resolve("store"));
        Path inside = Files.writeString(store.resolve("inside.json"), "in");
        Path outside = Files.writeString(temp.resolve("outside.json"), "out");
        Path toInside = Files.createSymbolicLink(store.resolve("a.json"), inside);
        Path toOutside = Files.createSymbolicLink(store.resolve("b.json"), outside);
        Path real = store.toRealPath();
        assertEquals("in", new String(BoundedFiles.read(toInside, real, SMALL)));
        assertEquals(FileRefused.Kind.OUTSIDE, assertThrows(FileRefused.class,
                () -> BoundedFiles.read(toOutside, real, SMALL)).kind());
        assertEquals("out", new String(BoundedFiles.read(toOutside, null, SMALL)), "a file a user named may be anywhere");
    }

    @Test
    void a_link_that_leads_around_in_a_circle_says_so() throws Exception {
        Path a = temp.resolve("a.json");
        Path b = temp.resolve("b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        FileRefused e = assertThrows(FileRefused.class, () -> BoundedFiles.read(a, null, SMALL));
        assertTrue(e.getMessage().startsWith("this is a link to " + b + ", which cannot be followed ("), e.getMessage());
    }

    @Test
    void head_reads_only_the_start() throws Exception {
        Path file = Files.write(temp.resolve("a.txt"), new byte[5000]);
        assertEquals(10, BoundedFiles.head(file, 10).length);
    }
}
