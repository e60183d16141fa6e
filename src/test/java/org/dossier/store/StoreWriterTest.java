package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer never loses what the reader could not read. */
class StoreWriterTest {

    @TempDir
    Path temp;

    @Test
    void a_damaged_file_is_not_overwritten_and_keeps_its_bytes() throws IOException {
        TestStore store = TestStore.in(temp).replace(TestStore.A1, "\"end\": 7, \"text\": \"Denmark\"",
                "\"end\": 6, \"text\": \"Denmark\"");
        byte[] before = Files.readAllBytes(store.file(TestStore.A1));
        LoadResult loaded = store.load();
        StoreException e = assertThrows(StoreException.class, () -> StoreWriter.save(loaded.knowledgeBase(), loaded));
        assertTrue(e.getMessage().startsWith("'articles/a1.json' is not overwritten: it had problems"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(store.file(TestStore.A1)));
        assertFalse(Files.exists(store.file(".backups/" + TestStore.A1)), "no backup either");
    }

    @Test
    void a_refused_save_writes_no_file_at_all() throws IOException {
        TestStore store = TestStore.in(temp).replace(TestStore.RELATIONS, "\"subject\": \"denmark\"", "\"subject\": \"sweden\"");
        Map<String, byte[]> before = contents(store.dir());
        LoadResult loaded = store.load();
        KnowledgeBase kb = loaded.knowledgeBase();
        List<Entity> more = new ArrayList<>(kb.entities());
        more.add(new Entity("sweden", "country", "Sweden", null, null, null, null, null));
        KnowledgeBase edited = new KnowledgeBase("Renamed", more, kb.articles(), kb.relations());
        assertThrows(StoreException.class, () -> StoreWriter.save(edited, loaded));
        Map<String, byte[]> after = contents(store.dir());
        assertEquals(before.keySet(), after.keySet(), "no backup, no temporary file");
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
    }

    @Test
    void a_read_only_store_is_not_written() throws IOException {
        TestStore store = TestStore.in(temp).replace(TestStore.STORE, "\"formatVersion\": 1", "\"formatVersion\": 2");
        Map<String, byte[]> before = contents(store.dir());
        LoadResult loaded = store.load();
        StoreException e = assertThrows(StoreException.class, () -> StoreWriter.save(loaded.knowledgeBase(), loaded));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        Map<String, byte[]> after = contents(store.dir());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
    }

    @Test
    void a_valid_store_is_saved_back_and_loads_the_same() throws StoreException {
        TestStore store = TestStore.in(temp);
        LoadResult loaded = store.load();
        StoreWriter.save(loaded.knowledgeBase(), loaded);
        LoadResult again = store.load();
        assertEquals(List.of(), again.problems());
        assertEquals(loaded.knowledgeBase().entities(), again.knowledgeBase().entities());
        assertEquals(loaded.knowledgeBase().articles(), again.knowledgeBase().articles());
        assertEquals(loaded.knowledgeBase().relations(), again.knowledgeBase().relations());
    }

    @Test
    void an_unchanged_file_is_not_rewritten() throws Exception {
        TestStore store = TestStore.copyOfBundled(temp);
        LoadResult loaded = store.load();
        StoreWriter.save(loaded.knowledgeBase(), loaded);
        try (Stream<Path> files = Files.walk(store.dir())) {
            assertEquals(List.of(), files.filter(f -> f.toString().contains(".backups")).toList());
        }
    }

    @Test
    void a_new_folder_is_created_with_every_file() throws StoreException {
        KnowledgeBase kb = TestStore.in(temp).load().knowledgeBase();
        Path target = temp.resolve("new/store");
        StoreWriter.save(kb, target);
        for (String file : List.of("store.json", "entities.json", "relations.json", "articles/a1.json", "articles/a2.json")) {
            assertTrue(Files.isRegularFile(target.resolve(file)), file);
        }
    }

    /** Every file under the folder with its bytes, by relative name. */
    static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(StoreLayout.relative(dir, f), Files.readAllBytes(f));
            }
        }
        return out;
    }
}
