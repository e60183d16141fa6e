package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.model.AttributeValue;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.ListedEntries;
import org.dossier.model.ListedEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** listed-entries.json: saved and read back whole, a damaged one reported in place and never overwritten. */
class ListedEntriesFileTest {

    @TempDir
    Path temp;

    static final ListedEntries ENTRIES = new ListedEntries(List.of(
            new ListedEntry("Viktor Medvedchuk", "person", List.of("Medvedchuk"), List.of(), List.of("Kum"),
                    "A politician.", Map.of("office", AttributeValue.of("People's Deputy"),
                    "country", AttributeValue.ofList(List.of("UA", "RU"))), "sanctions.csv"),
            new ListedEntry("Grain Fund", "organization", List.of(), List.of(), List.of(), "", Map.of(), "")));

    @Test
    void entries_saved_with_the_store_are_read_back_the_same() throws StoreException {
        TestStore store = TestStore.in(temp);
        LoadResult loaded = store.load();
        KnowledgeBase kb = loaded.knowledgeBase().withListedEntries(ENTRIES);
        StoreWriter.saveChanges(kb, loaded);
        LoadResult back = store.load();
        assertEquals(List.of(), back.problems());
        assertEquals(ENTRIES, back.knowledgeBase().listedEntries());
        assertTrue(store.read(ListedEntriesFile.FILE).contains("\"weakAliases\": [\n"), store.read(ListedEntriesFile.FILE));
    }

    @Test
    void a_damaged_file_is_reported_in_place_the_rest_loads_and_it_is_not_overwritten() {
        TestStore store = TestStore.in(temp);
        String text = """
                {
                  "entries": [
                    {"name": "Grain Fund", "kind": "organization"},
                    {"kind": "person", "aliases": ["Nameless"]},
                    {"name": "grain fund", "kind": "organization"}
                  ]
                }
                """;
        store.write(ListedEntriesFile.FILE, text);
        LoadResult loaded = store.load();
        assertEquals(List.of("Grain Fund"), loaded.knowledgeBase().listedEntries().entries().stream()
                .map(ListedEntry::name).toList(), "what is valid is kept");
        assertEquals(2, loaded.problems().size(), loaded.problems().toString());
        Problem nameless = loaded.problems().get(0);
        assertEquals(ListedEntriesFile.FILE, nameless.file());
        assertEquals(4, nameless.line());
        assertEquals("$.entries[1]", nameless.path());
        assertEquals(5, loaded.problems().get(1).line(), "a second entry of the same name is reported");
        assertTrue(loaded.damagedFiles().contains(ListedEntriesFile.FILE));
        assertTrue(loaded.knowledgeBase().entity("denmark") != null, "the rest of the store loads");

        KnowledgeBase changed = loaded.knowledgeBase().withListedEntries(ENTRIES);
        assertThrows(StoreException.class, () -> StoreWriter.saveChanges(changed, loaded));
        assertEquals(text, store.read(ListedEntriesFile.FILE));
    }
}
