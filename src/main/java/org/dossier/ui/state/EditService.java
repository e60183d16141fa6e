package org.dossier.ui.state;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dossier.edit.Edit;
import org.dossier.importer.FreeIds;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.FileStamps;
import org.dossier.store.LoadResult;
import org.dossier.store.LockedSaves;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLock;

/**
 * Changes the user makes: each edit is shown at once and its files saved on the I/O thread, undone and redone
 * from the session's history; an import's new articles are saved, then shown. A file that another program changed
 * meanwhile is never overwritten: the store is reloaded with their change instead, and the user told.
 */
public final class EditService {

    private final StoreSession session;
    private final Background background;
    private final EditHistory history;
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError");
    /** Saves take the store's lock one at a time; a wait for another Dossier shows in the status bar. */
    private final LockedSaves saves;

    EditService(StoreSession session, Background background, EditHistory history) {
        this.session = session;
        this.background = background;
        this.history = history;
        this.saves = new LockedSaves(StoreLock.defaultWait(), new LockWaitNotice(session, background.fx()));
    }

    /** The session's undo and redo stacks. */
    public EditHistory history() {
        return history;
    }

    /** Why {@code edit} cannot be made in the open store now, or null when it can. */
    public String whyNotEditable(Edit edit) {
        return session.whyNotEditable(edit);
    }

    /** Does an edit, shows its result at once, and saves the files it touches in the background. */
    public void perform(Edit edit) {
        String why = session.whyNotEditable(edit);
        if (why != null) {
            reportError("Not changed: " + why);
            return;
        }
        KnowledgeBase now = session.knowledgeBase();
        if (!edit.appliesTo(now)) {
            reportError("Not changed: what you edited was changed on disk meanwhile (the store was reloaded "
                    + "with that change). Look at it again and make your edit on top of it.");
            return;
        }
        history.done(edit);
        showAndSave(edit.apply(now), edit);
    }

    public void undo() {
        Edit edit = history.takeUndo();
        if (edit != null) {
            showAndSave(edit.revert(session.knowledgeBase()), edit);
        }
    }

    public void redo() {
        Edit edit = history.takeRedo();
        if (edit != null) {
            showAndSave(edit.apply(session.knowledgeBase()), edit);
        }
    }

    private void showAndSave(KnowledgeBase kb, Edit edit) {
        session.replace(kb);
        save(kb, edit);
    }

    /**
     * Writes the files {@code edit} touches under the store's lock, unless someone else changed one of them since it
     * was read.
     */
    private void save(KnowledgeBase kb, Edit edit) {
        LoadResult target = session.openStore();
        FileStamps known = session.stamps();
        background.io().execute(() -> {
            List<String> theirs;
            try {
                theirs = saves.saveFiles(kb, target, edit.files(), known);
            } catch (StoreException e) {
                background.fx().execute(() -> reportError("Could not save: " + e.getMessage()));
                return;
            }
            if (!theirs.isEmpty()) {
                // Someone else changed the file: their change wins over a silent overwrite.
                background.fx().execute(() -> {
                    reportError("Not saved: " + String.join(", ", theirs) + " changed on disk since it was "
                            + "loaded. The store is reloaded with that change; make your edit again.");
                    session.reloadBecause(String.join(", ", theirs) + " changed on disk");
                });
            }
        });
    }

    /**
     * Saves what an import produced (only the new article files are written) and then shows it. Runs the save
     * on the I/O thread; {@code done} gets null on success or the reason it failed, on the FX thread.
     */
    public void addImported(KnowledgeBase imported, Consumer<String> done) {
        LoadResult baseline = session.openStore();
        FileStamps known = session.stamps();
        background.io().execute(() -> {
            try {
                LoadResult saved = saves.saveImport(imported, baseline,
                        kb -> FreeIds.resolve(kb, baseline.knowledgeBase(), baseline.dir()), known);
                background.fx().execute(() -> {
                    LoadResult open = session.openStore();
                    if (open != baseline) {
                        if (open != null && open.dir().equals(baseline.dir())) {
                            session.open(baseline.dir()); // reloaded meanwhile (another writer's files): again, with ours
                        }
                        done.accept(null); // saved either way; another store opened meanwhile stays open
                        return;
                    }
                    session.saved(saved);
                    session.replace(saved.knowledgeBase());
                    done.accept(null);
                });
            } catch (StoreException e) {
                background.fx().execute(() -> done.accept(e.getMessage()));
            }
        });
    }

    /**
     * Tells the user an edit was not made or saved; sets the message even when it equals the last one, so that
     * listeners hear every failure.
     */
    public void reportError(String message) {
        saveError.set(null);
        saveError.set(message);
    }

    /** The last edit that was not made or saved, in words; the window shows it. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }
}
