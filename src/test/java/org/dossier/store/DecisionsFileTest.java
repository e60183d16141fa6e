package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Decisions;
import org.dossier.model.Decisions.RelationKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** decisions.json: read with located problems, written atomically, never overwritten when damaged. */
class DecisionsFileTest {

    @TempDir
    Path store;

    @Test
    void decisions_written_are_read_back_the_same() throws StoreException {
        Decisions d = new Decisions(List.of("As I", "New Year"), List.of(new RelationKey("a", "met_with", "b")));
        DecisionsFile.write(store, d, DecisionsFile.read(store));
        DecisionsFile.Loaded read = DecisionsFile.read(store);
        assertEquals(d, read.decisions());
        assertEquals(List.of(), read.problems());
        assertTrue(read.decisions().rejectsName("as i"));
    }

    @Test
    void a_missing_file_means_no_decisions_and_no_problem() {
        DecisionsFile.Loaded read = DecisionsFile.read(store);
        assertEquals(Decisions.NONE, read.decisions());
        assertFalse(read.damaged());
    }

    @Test
    void a_damaged_file_is_reported_with_its_place_keeps_what_is_valid_and_is_not_overwritten() throws IOException {
        String text = "{\n  \"rejectedNames\": [\"As I\", 7],\n  \"rejectedRelations\": [{\"subject\": \"a\"}]\n}\n";
        Files.writeString(store.resolve(DecisionsFile.FILE), text);
        DecisionsFile.Loaded read = DecisionsFile.read(store);
        assertEquals(List.of("As I"), read.decisions().rejectedNames());
        assertTrue(read.damaged());
        Problem first = read.problems().get(0);
        assertEquals("decisions.json", first.file());
        assertEquals(2, first.line());
        assertEquals("$.rejectedNames[1]", first.path());
        assertThrows(StoreException.class, () -> DecisionsFile.write(store, read.decisions().withRejectedName("X"), read));
        assertEquals(text, Files.readString(store.resolve(DecisionsFile.FILE)));
    }

    @Test
    void a_file_that_is_not_json_is_reported_with_line_and_column() throws IOException {
        Files.writeString(store.resolve(DecisionsFile.FILE), "{\"rejectedNames\": [\"a\",]}");
        DecisionsFile.Loaded read = DecisionsFile.read(store);
        assertTrue(read.damaged());
        assertTrue(read.problems().get(0).line() > 0, read.problems().toString());
    }
}
