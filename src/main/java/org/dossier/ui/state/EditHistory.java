package org.dossier.ui.state;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dossier.edit.Edit;

/**
 * The session's undo and redo stacks. Holds edits only; applying them is {@code AppState}'s job. Whether
 * there is something to undo or redo, and what, are properties the menus bind to.
 */
public final class EditHistory {

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "Redo");

    /** Records an edit just done; whatever could be redone is dropped, as in every editor. */
    public void done(Edit edit) {
        undo.push(edit);
        redo.clear();
        update();
    }

    /** The edit to undo, moved to the redo stack; null when there is none. */
    public Edit takeUndo() {
        Edit edit = undo.poll();
        if (edit != null) {
            redo.push(edit);
        }
        update();
        return edit;
    }

    /** The edit to redo, moved back to the undo stack; null when there is none. */
    public Edit takeRedo() {
        Edit edit = redo.poll();
        if (edit != null) {
            undo.push(edit);
        }
        update();
        return edit;
    }

    /** Forgets everything (another store was opened). */
    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().description());
        redoLabel.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
