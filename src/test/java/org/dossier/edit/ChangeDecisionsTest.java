package org.dossier.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Decisions;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.DecisionsFile;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreReader;
import org.dossier.store.StoreWriter;
import org.dossier.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rejection is an edit: saved to decisions.json like any other edit's file, read back with the store, undone. */
class ChangeDecisionsTest {

    @TempDir
    Path temp;

    @Test
    void a_rejected_name_is_saved_with_the_store_read_back_and_undone() throws Exception {
        TestStore store = TestStore.in(temp);
        LoadResult loaded = store.load();
        KnowledgeBase kb = loaded.knowledgeBase();
        Edit reject = ChangeDecisions.rejectName(kb, "New Year");
        assertEquals(List.of(DecisionsFile.FILE), List.copyOf(reject.files()));
        KnowledgeBase after = reject.apply(kb);
        StoreWriter.saveFiles(after, loaded, reject.files());
        assertTrue(store.load().knowledgeBase().decisions().rejectsName("new year"));
        assertEquals(after.entities(), kb.entities(), "nothing else changes");

        KnowledgeBase undone = reject.revert(after);
        assertEquals(Decisions.NONE, undone.decisions());
        StoreWriter.saveFiles(undone, store.load(), reject.files());
        assertFalse(store.load().knowledgeBase().decisions().rejectsName("New Year"));
    }

    @Test
    void a_relation_rejected_keeps_the_names_rejected_before() {
        KnowledgeBase kb = TestStore.in(temp).load().knowledgeBase().withDecisions(
                Decisions.NONE.withRejectedName("As I"));
        KnowledgeBase after = ChangeDecisions.rejectRelation(kb, new Decisions.RelationKey("a", "met_with", "b"))
                .apply(kb);
        assertTrue(after.decisions().rejectsName("As I"));
        assertTrue(after.decisions().rejectsRelation(new Decisions.RelationKey("a", "met_with", "b")));
    }

    @Test
    void a_damaged_decisions_file_is_reported_with_the_store_and_never_overwritten_by_a_rejection() throws Exception {
        TestStore store = TestStore.in(temp);
        Files.writeString(store.dir().resolve(DecisionsFile.FILE), "{\"rejectedNames\": [\"As I\", 3]}");
        LoadResult loaded = store.load();
        assertTrue(loaded.problems().stream().anyMatch(p -> p.file().equals(DecisionsFile.FILE)), loaded.problems().toString());
        assertTrue(loaded.knowledgeBase().decisions().rejectsName("As I"), "what is valid is kept");
        Edit reject = ChangeDecisions.rejectName(loaded.knowledgeBase(), "New Year");
        assertNotNull(StoreWriter.whyNotWritable(loaded, reject.files()));
        assertEquals("{\"rejectedNames\": [\"As I\", 3]}", Files.readString(store.dir().resolve(DecisionsFile.FILE)));
    }
}
