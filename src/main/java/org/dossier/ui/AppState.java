package org.dossier.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;
import org.dossier.edit.Edit;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;
import org.dossier.store.LoadResult;
import org.dossier.store.Problem;
import org.dossier.store.StoreException;
import org.dossier.store.StoreWriter;
import org.dossier.ui.edit.EditHistory;
import org.dossier.ui.nav.NavigationHistory;
import org.dossier.ui.nav.Place;

/**
 * The one place that holds what the window shows: the open store, its problems, loading progress and the
 * navigation history. Views observe it and call its commands; no view reaches into another.
 */
public final class AppState {

    private final Executor background;
    private final ReadOnlyObjectWrapper<Path> storeDir = new ReadOnlyObjectWrapper<>(this, "storeDir");
    private final ReadOnlyObjectWrapper<KnowledgeBase> knowledgeBase =
            new ReadOnlyObjectWrapper<>(this, "knowledgeBase", KnowledgeBase.empty(""));
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final NavigationHistory history = new NavigationHistory(new Place.Start());
    private final List<Runnable> viewListeners = new ArrayList<>();
    private final EditHistory edits = new EditHistory();
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError");
    private LoadResult openStore;
    private boolean changingStore;

    /** @param background where store I/O runs; never the FX thread */
    public AppState(Executor background) {
        this.background = background;
        history.currentProperty().addListener((o, was, place) -> viewChanged());
    }

    /**
     * Runs {@code listener} whenever what the window shows changes: another place, a store starting to load, or
     * another store loaded. Called once per change, however many properties it touched.
     */
    public void onViewChange(Runnable listener) {
        viewListeners.add(listener);
    }

    private void viewChanged() {
        if (!changingStore) {
            List.copyOf(viewListeners).forEach(Runnable::run);
        }
    }

    /** Loads the store in {@code dir} in the background; the current one stays shown until it is ready. */
    public void open(Path dir) {
        open(StoreLoading.start(dir, background));
    }

    /**
     * Shows a store whose loading has started. When it is already read, it is shown at once, so the first
     * frame has data; otherwise the window shows the progress until it is.
     */
    public void open(StoreLoading pending) {
        storeDir.set(pending.dir());
        if (pending.result().isDone()) {
            finish(pending.result().join());
            return;
        }
        loading.set(true);
        viewChanged();
        Timeline poll = new Timeline(new KeyFrame(Duration.millis(100), e -> {
            progress.set(pending.progress());
            status.set(pending.step());
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
        pending.result().thenAccept(result -> Platform.runLater(() -> {
            poll.stop();
            finish(result);
        }));
    }

    private void finish(LoadResult result) {
        changingStore = true;
        try {
            apply(result);
        } finally {
            changingStore = false;
        }
        viewChanged();
    }

    private void apply(LoadResult result) {
        openStore = result;
        edits.clear();
        progress.set(1);
        KnowledgeBase kb = result.knowledgeBase();
        status.set(Plural.count(kb.articles().size(), "article", "articles") + " · "
                + Plural.count(kb.entities().size(), "entity", "entities") + " · "
                + Plural.count(kb.relations().size(), "relation", "relations") + (result.readOnly() ? " · read-only" : ""));
        problems.set(result.problems());
        knowledgeBase.set(kb);
        history.reset(new Place.Start());
        loaded.set(true);
        loading.set(false);
    }


    /** The session's undo and redo stacks. */
    public EditHistory edits() {
        return edits;
    }

    /**
     * Why {@code edit} cannot be saved into the open store (read-only, or a file it touches is damaged), or
     * null when it can. Views check this before offering an edit.
     */
    public String whyNotEditable(Edit edit) {
        return openStore == null ? "no store is open" : StoreWriter.whyNotWritable(openStore, edit.files());
    }

    /** Does an edit, shows its result at once, and saves the files it touches in the background. */
    public void perform(Edit edit) {
        String why = whyNotEditable(edit);
        if (why != null) {
            reportSaveError("Not changed: " + why);
            return;
        }
        edits.done(edit);
        show(edit.apply(knowledgeBase.get()), edit);
    }

    public void undo() {
        Edit edit = edits.takeUndo();
        if (edit != null) {
            show(edit.revert(knowledgeBase.get()), edit);
        }
    }

    public void redo() {
        Edit edit = edits.takeRedo();
        if (edit != null) {
            show(edit.apply(knowledgeBase.get()), edit);
        }
    }

    private void show(KnowledgeBase kb, Edit edit) {
        knowledgeBase.set(kb);
        viewChanged();
        LoadResult target = openStore;
        background.execute(() -> {
            try {
                StoreWriter.saveFiles(kb, target, edit.files());
            } catch (StoreException e) {
                Platform.runLater(() -> reportSaveError("Could not save: " + e.getMessage()));
            }
        });
    }

    /** Sets the message even when it equals the last one, so that listeners hear every failure. */
    private void reportSaveError(String message) {
        saveError.set(null);
        saveError.set(message);
    }

    /** The last save that failed, in words; views show it. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public NavigationHistory history() {
        return history;
    }

    /** Shows {@code place} in the centre and remembers it for Back. */
    public void go(Place place) {
        history.navigate(place);
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase.get();
    }

    public ReadOnlyObjectProperty<KnowledgeBase> knowledgeBaseProperty() {
        return knowledgeBase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> storeDirProperty() {
        return storeDir.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once a store (possibly empty or broken) has finished loading. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
