package org.dossier.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledStoreCopyTest {

    @TempDir
    Path temp;

    private Path bundled() throws Exception {
        Path store = Files.createDirectories(temp.resolve("install/sample-store"));
        Files.writeString(store.resolve("store.json"), "{\"formatVersion\": 1}\n");
        Files.createDirectories(store.resolve("articles"));
        Files.writeString(store.resolve("articles/a.json"), "{}\n");
        Files.writeString(store.resolve(".dossier.lock"), "123\n");
        return store;
    }

    @Test
    void the_first_start_copies_the_bundled_store_into_the_data_folder_without_its_hidden_files() throws Exception {
        Path bundled = bundled();
        Path copy = BundledStore.userCopy(bundled, temp.resolve("data"));
        assertEquals(temp.resolve("data").resolve("Sample store"), copy);
        assertEquals("{}\n", Files.readString(copy.resolve("articles/a.json")));
        assertFalse(Files.exists(copy.resolve(".dossier.lock")), "the lock file is no part of the store");
        assertEquals(List.of("Sample store"), names(temp.resolve("data")), "no half copy left beside it");
    }

    @Test
    void a_later_start_opens_the_users_copy_as_it_is_and_never_writes_the_bundled_one() throws Exception {
        Path bundled = bundled();
        Path copy = BundledStore.userCopy(bundled, temp.resolve("data"));
        Files.writeString(copy.resolve("articles/a.json"), "{\"edited\": true}\n");
        Files.delete(copy.resolve("store.json"));
        long before = Files.getLastModifiedTime(bundled).toMillis();

        assertEquals(copy, BundledStore.userCopy(bundled, temp.resolve("data")));
        assertEquals("{\"edited\": true}\n", Files.readString(copy.resolve("articles/a.json")), "the user's edit stays");
        assertFalse(Files.exists(copy.resolve("store.json")), "nothing is copied over the user's copy");
        assertEquals(before, Files.getLastModifiedTime(bundled).toMillis());
        assertTrue(Files.exists(bundled.resolve("store.json")));
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
