package org.dossier.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.dossier.edit.Edit;
import org.dossier.importer.FreeIds;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;
import org.dossier.search.SearchIndex;
import org.dossier.store.FileStamps;
import org.dossier.store.LoadResult;
import org.dossier.store.LockedSaves;
import org.dossier.store.Problem;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLock;
import org.dossier.store.StoreWatcher;
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
    private final Path cacheRoot;
    private final ExecutorService searching = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-search");
        t.setDaemon(true);
        return t;
    });
    /** Reads article bodies kept in their files: never queued behind a search, a long index build or a save. */
    private final ExecutorService reading = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "dossier-reading");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<SearchIndex> searchIndex = new ReadOnlyObjectWrapper<>(this, "searchIndex");
    private final ObservableList<Place> recent = FXCollections.observableArrayList();
    private final ObservableList<String> articleFilter = FXCollections.observableArrayList();
    private LoadResult openStore;
    private volatile FileStamps stamps;
    private boolean windowShown;
    private Runnable afterFirstFrame;
    private StoreWatcher watcher;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    /** Saves take the store's lock one at a time; a wait for another Dossier shows in the status bar. */
    private final LockedSaves saves = new LockedSaves(StoreLock.defaultWait(), new LockWaitNotice(notice));
    private boolean changingStore;
    private boolean closed;

    /** @param background where store I/O runs; never the FX thread */
    public AppState(Executor background) {
        this(background, SearchIndex.defaultCacheRoot());
    }

    /**
     * @param background where store I/O and indexing run; never the FX thread
     * @param cacheRoot  where search indexes are kept between sessions
     */
    public AppState(Executor background, Path cacheRoot) {
        this.background = background;
        this.cacheRoot = cacheRoot;
        history.currentProperty().addListener((o, was, place) -> {
            remember(place);
            viewChanged();
        });
    }

    /**
     * Runs {@code listener} whenever what the window shows changes: another place, a store starting to load, or
     * another store loaded. Called once per change, however many properties it touched.
     */
    public void onViewChange(Runnable listener) {
        viewListeners.add(listener);
    }

    private void remember(Place place) {
        if (place instanceof Place.Start) {
            return;
        }
        Place key = place instanceof Place.ArticlePage a ? new Place.ArticlePage(a.articleId()) : place;
        recent.remove(key);
        recent.add(0, key);
        if (recent.size() > 12) {
            recent.remove(12, recent.size());
        }
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
        boolean sameStore = pending.dir().equals(storeDir.get()) && loaded.get();
        storeDir.set(pending.dir());
        if (pending.result().isDone()) {
            finish(pending.result().join(), sameStore);
            return;
        }
        loading.set(true);
        viewChanged();
        if (sameStore) {
            pending.firstPartDrawn(); // a reload keeps showing the store it replaces, so parts are not shown
        }
        KnowledgeBase[] shownSoFar = {null};
        Timeline poll = new Timeline(new KeyFrame(Duration.millis(100), e -> {
            progress.set(pending.progress());
            status.set(pending.step());
            KnowledgeBase soFar = pending.soFar();
            if (soFar != null && soFar != shownSoFar[0] && !sameStore && !pending.result().isDone()) {
                showSoFar(soFar, shownSoFar[0] == null);
                if (shownSoFar[0] == null) {
                    afterNextFrame(pending::firstPartDrawn);
                }
                shownSoFar[0] = soFar;
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
        pending.result().thenAccept(result -> Platform.runLater(() -> {
            poll.stop();
            if (closed) {
                return; // the window closed while a large store was still loading
            }
            // After a partial store was shown, the reader may already be reading one of its articles: stay there.
            finish(result, sameStore || shownSoFar[0] != null);
        }));
    }

    /** Runs {@code action} once the frame after this one has been drawn (two pulses from now). */
    private static void afterNextFrame(Runnable action) {
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /**
     * Shows the part of a large store loaded so far, so the reader can list and open articles while the rest
     * comes in. Nothing can be edited until the whole store is in ({@link #whyNotEditable}).
     */
    private void showSoFar(KnowledgeBase soFar, boolean first) {
        changingStore = true;
        try {
            if (first) {
                history.reset(new Place.Start());
            }
            knowledgeBase.set(soFar);
        } finally {
            changingStore = false;
        }
        viewChanged();
    }

    /** @param keepPlace a reload of the same store stays where the reader is; another store starts afresh */
    private void finish(LoadResult result, boolean keepPlace) {
        changingStore = true;
        try {
            apply(result, keepPlace);
        } finally {
            changingStore = false;
        }
        viewChanged();
    }

    private void apply(LoadResult result, boolean keepPlace) {
        openStore = result;
        edits.clear();
        Runnable services = () -> {
            watch(result.dir());
            index(result.knowledgeBase());
        };
        if (windowShown) {
            services.run();
        } else {
            afterFirstFrame = services; // opening the index competes for the two cores with the first frame
        }
        progress.set(1);
        KnowledgeBase kb = result.knowledgeBase();
        status.set(Plural.count(kb.articles().size(), "article", "articles") + " · "
                + Plural.count(kb.entities().size(), "entity", "entities") + " · "
                + Plural.count(kb.relations().size(), "relation", "relations") + (result.readOnly() ? " · read-only" : ""));
        problems.set(result.problems());
        knowledgeBase.set(kb);
        if (!keepPlace) {
            history.reset(new Place.Start());
        }
        loaded.set(true);
        loading.set(false);
    }

    /** Opens (or builds) the search index for a newly loaded store in the background; search waits for it. */
    private void index(KnowledgeBase kb) {
        SearchIndex old = searchIndex.get();
        searchIndex.set(null);
        background.execute(() -> {
            if (old != null) {
                old.close();
            }
            SearchIndex opened;
            try {
                opened = SearchIndex.open(kb, cacheRoot);
            } catch (RuntimeException e) {
                // Interrupted at shutdown, or not even an index in memory could be built: search stays off.
                Platform.runLater(() -> notice.set("Search is not available: " + e.getMessage()));
                return;
            }
            Platform.runLater(() -> {
                if (knowledgeBase.get() == kb) {
                    searchIndex.set(opened);
                } else {
                    background.execute(opened::close); // another store was opened meanwhile
                }
            });
        });
    }

    /**
     * Runs {@code work} against the search index on the search thread, as soon as the index is ready, and
     * hands its result to {@code onFx} on the FX thread. Searches never wait behind a save.
     */
    public <T> void withIndex(java.util.function.Function<SearchIndex, T> work, Consumer<T> onFx) {
        SearchIndex index = searchIndex.get();
        if (index == null) {
            searchIndex.addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends SearchIndex> o, SearchIndex was,
                                    SearchIndex now) {
                    if (now != null) {
                        searchIndex.removeListener(this);
                        withIndex(work, onFx);
                    }
                }
            });
            return;
        }
        searching.execute(() -> {
            T result;
            try {
                result = work.apply(index);
            } catch (RuntimeException e) {
                return; // the index was closed under us (another store opened): the answer is moot
            }
            Platform.runLater(() -> onFx.accept(result));
        });
    }

    /** Runs CPU work (not I/O) off the FX thread, on the search thread, and hands the result to the FX thread. */
    public <T> void runInBackground(java.util.function.Supplier<T> work, Consumer<T> onFx) {
        searching.execute(() -> {
            T result = work.get();
            Platform.runLater(() -> onFx.accept(result));
        });
    }

    /**
     * Runs work that may read store files (a large store's article bodies stay in their files until needed) off
     * the FX thread, and hands its result, or why it failed, to the FX thread.
     */
    public <T> void readInBackground(java.util.function.Supplier<T> work, Consumer<T> onFx, Consumer<String> onFailure) {
        reading.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                Platform.runLater(() -> onFailure.accept(why));
                return;
            }
            Platform.runLater(() -> onFx.accept(result));
        });
    }

    /**
     * Where views read articles' text that a page shows beside its own content (the sentences of an entity's
     * "Mentioned in" list): that text may have to come from disk, so never on the FX thread.
     */
    public Executor textReading() {
        return reading;
    }

    /** The search index of the open store; null while it is being opened or built. */
    public ReadOnlyObjectProperty<SearchIndex> searchIndexProperty() {
        return searchIndex.getReadOnlyProperty();
    }

    /** Entity ids the article list is narrowed to: only articles that mention all of them are listed. */
    public ObservableList<String> articleFilter() {
        return articleFilter;
    }

    /** Places opened recently, newest first, without repeats: what the quick switcher offers first. */
    public ObservableList<Place> recent() {
        return recent;
    }

    /** Starts noticing changes made to the store's files by other programs (an editor, git). */
    private void watch(Path dir) {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        stamps = null;
        background.execute(() -> {
            FileStamps now = FileStamps.of(dir);
            try {
                // Checked on the I/O thread, after any save in progress has recorded its own writes.
                StoreWatcher w = StoreWatcher.watch(dir, files -> background.execute(() -> changedOnDisk(files)));
                Platform.runLater(() -> {
                    stamps = now;
                    watcher = w;
                });
            } catch (IOException e) {
                Platform.runLater(() -> stamps = now); // edits are still guarded; only the live reload is lost
            }
        });
    }

    /**
     * Called on the I/O thread: reloads when a file changed that this program did not write. Compares with the
     * stamps as they are now, which imports and edits keep up to date.
     */
    private void changedOnDisk(Set<String> files) {
        FileStamps known = stamps;
        if (known == null) {
            return;
        }
        List<String> theirs = files.stream().filter(known::changedOnDisk).toList();
        if (!theirs.isEmpty()) {
            Platform.runLater(() -> reloadBecause(String.join(", ", theirs) + " changed on disk"));
        }
    }

    /** Reloads the open store, staying on the same page, and says why. */
    private void reloadBecause(String reason) {
        Path dir = storeDir.get();
        if (dir == null || loading.get()) {
            return;
        }
        notice.set(null);
        notice.set(reason + ": the store was reloaded" + (edits.canUndoProperty().get()
                ? "; your earlier edits are saved but can no longer be undone." : "."));
        open(dir);
    }

    /** Stops watching the store's files; the state is not used after this. */
    public void close() {
        closed = true;
        searching.shutdownNow();
        reading.shutdownNow();
        SearchIndex index = searchIndex.get();
        if (index != null) {
            index.close();
        }
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** A message about something that happened on its own (a reload), for the status bar. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
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
        if (loading.get()) {
            return "the store is still loading";
        }
        return openStore == null ? "no store is open" : StoreWriter.whyNotWritable(openStore, edit.files());
    }

    /** Does an edit, shows its result at once, and saves the files it touches in the background. */
    public void perform(Edit edit) {
        String why = whyNotEditable(edit);
        if (why != null) {
            reportSaveError("Not changed: " + why);
            return;
        }
        if (!edit.appliesTo(knowledgeBase.get())) {
            reportSaveError("Not changed: what you edited was changed on disk meanwhile (the store was reloaded "
                    + "with that change). Look at it again and make your edit on top of it.");
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
        updateIndex(kb);
        LoadResult target = openStore;
        FileStamps known = stamps;
        background.execute(() -> {
            List<String> theirs;
            try {
                theirs = saves.saveFiles(kb, target, edit.files(), known);
            } catch (StoreException e) {
                Platform.runLater(() -> reportSaveError("Could not save: " + e.getMessage()));
                return;
            }
            if (!theirs.isEmpty()) {
                // Someone else changed the file: their change wins over a silent overwrite.
                Platform.runLater(() -> {
                    reportSaveError("Not saved: " + String.join(", ", theirs) + " changed on disk since it was "
                            + "loaded. The store is reloaded with that change; make your edit again.");
                    reloadBecause(String.join(", ", theirs) + " changed on disk");
                });
            }
        });
    }

    /**
     * Called once the window has drawn its first frame: only then does the search index open and the store
     * watcher start, so that start-up has both cores for the window.
     */
    public void windowShown() {
        windowShown = true;
        if (afterFirstFrame != null) {
            Runnable services = afterFirstFrame;
            afterFirstFrame = null;
            services.run();
        }
    }

    /** Why articles cannot be imported into the open store now, or null when they can. */
    public String whyNoImport() {
        if (openStore == null || loading.get()) {
            return "no store is open yet";
        }
        return StoreWriter.whyNotWritable(openStore, List.of());
    }

    /**
     * Saves what an import produced (only the new article files are written) and then shows it. Runs the save
     * on the I/O thread; {@code done} gets null on success or the reason it failed, on the FX thread.
     */
    public void addImported(KnowledgeBase imported, Consumer<String> done) {
        LoadResult baseline = openStore;
        FileStamps known = stamps;
        background.execute(() -> {
            try {
                LoadResult saved = saves.saveImport(imported, baseline,
                        kb -> FreeIds.resolve(kb, baseline.knowledgeBase(), baseline.dir()), known);
                Platform.runLater(() -> {
                    if (openStore != baseline) {
                        if (openStore != null && openStore.dir().equals(baseline.dir())) {
                            open(baseline.dir()); // reloaded meanwhile (another writer's files): again, with ours
                        }
                        done.accept(null); // saved either way; another store opened meanwhile stays open
                        return;
                    }
                    openStore = saved;
                    knowledgeBase.set(saved.knowledgeBase());
                    viewChanged();
                    updateIndex(saved.knowledgeBase());
                    done.accept(null);
                });
            } catch (StoreException e) {
                Platform.runLater(() -> done.accept(e.getMessage()));
            }
        });
    }

    /** Brings the search index up to date with {@code kb} on the I/O thread. */
    private void updateIndex(KnowledgeBase kb) {
        SearchIndex index = searchIndex.get();
        if (index == null) {
            return;
        }
        background.execute(() -> {
            try {
                index.update(kb);
            } catch (RuntimeException e) {
                // Closed because the store was reloaded meanwhile: the reload indexes the new content anyway.
                if (searchIndex.get() == index) {
                    Platform.runLater(() -> notice.set("The search index could not be updated: " + e.getMessage()));
                }
            }
        });
    }

    /** Tells the user an edit was not made or saved; sets the message even when it equals the last one, so
     * that listeners hear every failure. */
    public void reportSaveError(String message) {
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

    /** The cache folder (search indexes, article analyses), outside the store. */
    public Path cacheRoot() {
        return cacheRoot;
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
