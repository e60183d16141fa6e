package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.model.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Load, save, load: nothing changes, down to the bytes, so saving never makes noise in version control. */
class RoundTripTest {

    @TempDir
    Path temp;

    @Test
    void the_bundled_store_saves_to_the_same_bytes_and_loads_to_the_same_content() throws Exception {
        Path data = Path.of("data");
        LoadResult first = StoreReader.load(data);
        Path copy = temp.resolve("copy");
        StoreWriter.save(first.knowledgeBase(), copy);
        LoadResult second = StoreReader.load(copy);
        assertEquals(List.of(), second.problems());
        assertSameContent(first.knowledgeBase(), second.knowledgeBase());
        assertSameFiles(StoreWriterTest.contents(data), StoreWriterTest.contents(copy));
    }

    @Test
    void a_hand_formatted_store_reaches_a_fixed_point_after_one_save() throws Exception {
        LoadResult loaded = TestStore.in(temp).load();
        Path once = temp.resolve("once");
        Path twice = temp.resolve("twice");
        StoreWriter.save(loaded.knowledgeBase(), once);
        LoadResult reloaded = StoreReader.load(once);
        StoreWriter.save(reloaded.knowledgeBase(), twice);
        assertSameContent(loaded.knowledgeBase(), reloaded.knowledgeBase());
        assertSameContent(loaded.knowledgeBase(), StoreReader.load(twice).knowledgeBase());
        assertSameFiles(StoreWriterTest.contents(once), StoreWriterTest.contents(twice));
    }

    private static void assertSameContent(KnowledgeBase expected, KnowledgeBase actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.entities(), actual.entities());
        assertEquals(expected.articles(), actual.articles());
        assertEquals(expected.relations(), actual.relations());
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((file, bytes) -> assertArrayEquals(bytes, actual.get(file), file));
    }
}
