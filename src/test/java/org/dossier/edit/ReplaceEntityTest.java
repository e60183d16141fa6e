package org.dossier.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreException;
import org.dossier.store.StoreReader;
import org.dossier.store.StoreWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplaceEntityTest {

    @TempDir
    Path temp;

    private final KnowledgeBase kb = StoreReader.load(Path.of("data")).knowledgeBase();

    @Test
    void apply_and_revert_swap_the_entity_and_keep_its_place_and_mentions() {
        Entity before = kb.entity("nato");
        Entity after = new Entity("nato", "organization", "North Atlantic Treaty Organization", List.of("NATO"),
                List.of(), List.of(), before.summary(), Map.of());
        ReplaceEntity edit = new ReplaceEntity(before, after);
        KnowledgeBase changed = edit.apply(kb);
        assertEquals("North Atlantic Treaty Organization", changed.entity("nato").name());
        assertEquals(kb.entities().indexOf(before), changed.entities().indexOf(after));
        assertEquals(kb.mentionCount("nato"), changed.mentionCount("nato"));
        assertEquals(before, edit.revert(changed).entity("nato"));
    }

    @Test
    void an_edit_cannot_change_an_id() {
        Entity nato = kb.entity("nato");
        Entity other = new Entity("otan", nato.kind(), nato.name(), List.of(), List.of(), List.of(), "", Map.of());
        assertThrows(IllegalArgumentException.class, () -> new ReplaceEntity(nato, other));
    }

    @Test
    void saving_an_entity_edit_writes_only_entities_json() throws Exception {
        Path store = copy();
        LoadResult loaded = StoreReader.load(store);
        Path article = store.resolve("articles/ukraine-denmark-military-production.json");
        long articleModified = Files.getLastModifiedTime(article).toMillis();
        Entity nato = loaded.knowledgeBase().entity("nato");
        ReplaceEntity edit = new ReplaceEntity(nato, new Entity("nato", "organization", "NATO", nato.aliases(),
                List.of(), List.of(), "Edited summary.", nato.attributes()));
        StoreWriter.saveFiles(edit.apply(loaded.knowledgeBase()), loaded, edit.files());
        assertEquals("Edited summary.", StoreReader.load(store).knowledgeBase().entity("nato").summary());
        assertEquals(articleModified, Files.getLastModifiedTime(article).toMillis());
        assertTrue(Files.exists(store.resolve(".backups/entities.json")), "the previous version is kept");
    }

    @Test
    void an_edit_to_a_damaged_file_is_refused_before_anything_is_written() throws Exception {
        Path store = copy();
        Files.writeString(store.resolve("entities.json"), Files.readString(store.resolve("entities.json"))
                .replaceFirst("\"kind\": \"country\"", "\"kind\": 7"));
        byte[] damaged = Files.readAllBytes(store.resolve("entities.json"));
        LoadResult loaded = StoreReader.load(store);
        Entity nato = loaded.knowledgeBase().entity("nato");
        ReplaceEntity edit = new ReplaceEntity(nato, new Entity("nato", "organization", "NATO!", List.of(), List.of(),
                List.of(), "", Map.of()));
        StoreException e = assertThrows(StoreException.class,
                () -> StoreWriter.saveFiles(edit.apply(loaded.knowledgeBase()), loaded, edit.files()));
        assertTrue(e.getMessage().contains("entities.json"), e.getMessage());
        assertTrue(java.util.Arrays.equals(damaged, Files.readAllBytes(store.resolve("entities.json"))));
    }

    private Path copy() throws Exception {
        Path store = temp.resolve("store");
        StoreWriter.save(kb, store);
        return store;
    }
}
