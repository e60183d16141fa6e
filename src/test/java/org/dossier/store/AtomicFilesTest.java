package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path temp;

    @Test
    void a_new_file_is_written_without_a_backup_or_temporary_files() throws Exception {
        Path file = temp.resolve("entities.json");
        AtomicFiles.write(file, bytes("one"));
        assertEquals("one", Files.readString(file));
        assertEquals(List.of("entities.json"), names(temp));
    }

    @Test
    void overwriting_keeps_the_previous_version_as_bak_and_leaves_no_temporary_files() throws Exception {
        Path file = temp.resolve("entities.json");
        AtomicFiles.write(file, bytes("one"));
        AtomicFiles.write(file, bytes("two"));
        assertEquals("two", Files.readString(file));
        assertEquals("one", Files.readString(temp.resolve("entities.json.bak")));
        AtomicFiles.write(file, bytes("three"));
        assertEquals("two", Files.readString(temp.resolve("entities.json.bak")), "the backup is the version before");
        assertEquals(List.of("entities.json", "entities.json.bak"), names(temp));
    }

    @Test
    void missing_folders_are_created() throws Exception {
        Path file = temp.resolve("store/articles/a1.json");
        AtomicFiles.write(file, bytes("{}"));
        assertEquals("{}", Files.readString(file));
        assertFalse(names(file.getParent()).stream().anyMatch(n -> n.endsWith(".tmp")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
