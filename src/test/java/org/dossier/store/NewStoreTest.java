package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewStoreTest {

    @TempDir
    Path temp;

    @Test
    void a_new_store_in_a_new_folder_opens_empty_and_valid_under_the_name_given() throws Exception {
        Path dir = temp.resolve("Notes on Denmark");
        NewStore.create(dir, "Danish cooperation");
        LoadResult loaded = StoreReader.load(dir);
        assertEquals(List.of(), loaded.problems());
        assertEquals("Danish cooperation", loaded.knowledgeBase().name());
        assertTrue(loaded.knowledgeBase().articles().isEmpty());
        assertTrue(Files.exists(dir.resolve("store.json")));
    }

    @Test
    void an_empty_folder_gets_its_own_name_when_none_is_given() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("kyiv-2024"));
        NewStore.create(dir, " ");
        assertEquals("kyiv-2024", StoreReader.load(dir).knowledgeBase().name());
    }

    @Test
    void a_folder_holding_anything_is_refused_and_left_as_it_was() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("photos"));
        Files.writeString(dir.resolve("holiday.jpg"), "not a store");
        StoreException e = assertThrows(StoreException.class, () -> NewStore.create(dir, "x"));
        assertTrue(e.getMessage().contains("is not an empty folder"), e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("holiday.jpg")), files.toList());
        }
    }
}
