package org.dossier.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.LoadResult;
import org.dossier.store.Problem;
import org.dossier.store.StoreReader;
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

    /** @param background where store I/O runs; never the FX thread */
    public AppState(Executor background) {
        this.background = background;
    }

    /** Loads the store in {@code dir} in the background; the current one stays shown until it is ready. */
    public void open(Path dir) {
        storeDir.set(dir.toAbsolutePath().normalize());
        Task<LoadResult> task = new Task<>() {
            @Override
            protected LoadResult call() {
                updateMessage("Opening " + dir);
                return StoreReader.load(dir, (done, total, what) -> {
                    updateProgress(done, total);
                    updateMessage(what + " (" + done + " of " + total + ")");
                });
            }
        };
        loading.set(true);
        progress.bind(task.progressProperty());
        status.bind(task.messageProperty());
        task.setOnSucceeded(e -> finish(task, task.getValue()));
        task.setOnFailed(e -> {
            Problem problem = new Problem(".", 0, 0, "", "the store could not be opened: " + task.getException());
            finish(task, new LoadResult(dir, KnowledgeBase.empty(String.valueOf(dir.getFileName())),
                    List.of(problem), java.util.Set.of(), true));
        });
        background.execute(task);
    }

    private void finish(Task<?> task, LoadResult result) {
        progress.unbind();
        status.unbind();
        KnowledgeBase kb = result.knowledgeBase();
        status.set(count(kb.articles().size(), "article") + " · " + count(kb.entities().size(), "entity") + " · "
                + count(kb.relations().size(), "relation") + (result.readOnly() ? " · read-only" : ""));
        problems.set(result.problems());
        knowledgeBase.set(kb);
        history.reset(new Place.Start());
        loaded.set(true);
        loading.set(false);
    }

    /** "1 article", "2 articles", "3 entities". */
    public static String count(int n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
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
