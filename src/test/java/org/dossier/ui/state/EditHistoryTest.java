package org.dossier.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dossier.edit.Edit;
import org.dossier.edit.ReplaceEntity;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private final Entity denmark = entity("Denmark");
    private final Edit rename = new ReplaceEntity(denmark, entity("Kingdom of Denmark"));
    private final Edit summary = new ReplaceEntity(denmark, new Entity("denmark", "country", "Denmark", List.of(),
            List.of(), List.of(), "changed", Map.of()));

    @Test
    void undo_then_redo_give_back_the_same_edit_and_say_what_it_was() {
        EditHistory h = new EditHistory();
        h.done(rename);
        assertEquals("Undo rename of Denmark to Kingdom of Denmark", h.undoLabelProperty().get());
        assertSame(rename, h.takeUndo());
        assertFalse(h.canUndoProperty().get());
        assertTrue(h.canRedoProperty().get());
        assertSame(rename, h.takeRedo());
        assertTrue(h.canUndoProperty().get());
    }

    @Test
    void a_new_edit_after_undo_drops_what_could_be_redone() {
        EditHistory h = new EditHistory();
        h.done(rename);
        h.takeUndo();
        h.done(summary);
        assertFalse(h.canRedoProperty().get());
        assertNull(h.takeRedo());
        assertEquals("Undo edit of Denmark", h.undoLabelProperty().get());
    }

    @Test
    void nothing_to_undo_gives_null() {
        EditHistory h = new EditHistory();
        assertNull(h.takeUndo());
        assertEquals("Undo", h.undoLabelProperty().get());
    }

    private static Entity entity(String name) {
        return new Entity("denmark", "country", name, List.of(), List.of(), List.of(), "", Map.of());
    }
}
