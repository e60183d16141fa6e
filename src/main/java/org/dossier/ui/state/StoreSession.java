package org.dossier.ui.state;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dossier.edit.Edit;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;
import org.dossier.store.FileStamps;
import org.dossier.store.LoadResult;
import org.dossier.store.Problem;
import org.dossier.store.StoreWriter;

/**
 * The open store: opening it (a large one in parts, which can be read while the rest comes in), reloading it when
 * another program changes its files, and what the window says about it (its problems, progress, status and
 * notices). Every property is changed on the FX thread; what follows a change (search, edits, navigation) is told
 * through {@link Listener}, once per change.
 */
public final class StoreSession {

    /** What happened to the store the session shows. */
    public enum Change {
        /** Another store started loading; the one shown stays until the new one is in. */
        LOADING,
        /** The first part of a large store is shown: the reader starts afresh on it. */
        FIRST_PART,
        /** More of a large store is shown. */
        MORE_PARTS,
        /** The whole store is in; the reader stays where they are (a reload, or after its parts were shown). */
        LOADED_IN_PLACE,
        /** The whole store is in, and another than before: the reader starts afresh. */
        LOADED_AFRESH,
        /** The knowledge base was changed by an edit or an import, and saved or being saved. */
        EDITED
    }

    /** Told on the FX thread after the session's properties all say what the change made of them. */
    public interface Listener {
        void changed(Change change);
    }

    private final Background background;
    private final BooleanSupplier editsWouldBeLost;
    private Listener listener = change -> { };
    private final ReadOnlyObjectWrapper<Path> storeDir = new ReadOnlyObjectWrapper<>(this, "storeDir");
    private final ReadOnlyObjectWrapper<KnowledgeBase> knowledgeBase =
            new ReadOnlyObjectWrapper<>(this, "knowledgeBase", KnowledgeBase.empty(""));
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ExternalChanges external;
    private LoadResult openStore;
    private boolean closed;

    /** @param editsWouldBeLost whether a reload now would lose edits that could still be undone */
    StoreSession(Background background, BooleanSupplier editsWouldBeLost) {
        this.background = background;
        this.editsWouldBeLost = editsWouldBeLost;
        this.external = new ExternalChanges(background, this::reloadBecause);
    }

    void setListener(Listener listener) {
        this.listener = listener;
    }

    /** Loads the store in {@code dir} in the background; the current one stays shown until it is ready. */
    public void open(Path dir) {
        open(StoreLoading.start(dir, background.io()));
    }

    /**
     * Shows a store whose loading has started. When it is already read, it is shown at once, so the first
     * frame has data; otherwise the window shows the progress until it is, and a large store's parts as they come.
     */
    public void open(StoreLoading pending) {
        boolean sameStore = pending.dir().equals(storeDir.get()) && loaded.get();
        storeDir.set(pending.dir());
        if (pending.result().isDone()) {
            finish(pending.result().join(), sameStore);
            return;
        }
        loading.set(true);
        listener.changed(Change.LOADING);
        if (sameStore) {
            pending.firstPartDrawn(); // a reload keeps showing the store it replaces, so parts are not shown
        }
        PartsShown parts = new PartsShown(pending, sameStore);
        pending.onNews(() -> background.fx().execute(parts::look));
        background.fx().execute(parts::look); // for what came in before anyone listened
        pending.result().thenAccept(result -> background.fx().execute(() -> {
            if (closed) {
                return; // the window closed while a large store was still loading
            }
            // After a partial store was shown, the reader may already be reading one of its articles: stay there.
            finish(result, sameStore || parts.any());
        }));
    }

    /** The parts of a large store shown so far while it loads; looked at on the FX thread when there is news. */
    private final class PartsShown {
        private final StoreLoading pending;
        private final boolean sameStore;
        private KnowledgeBase last;

        PartsShown(StoreLoading pending, boolean sameStore) {
            this.pending = pending;
            this.sameStore = sameStore;
        }

        boolean any() {
            return last != null;
        }

        void look() {
            if (closed || pending.result().isDone()) {
                return;
            }
            progress.set(pending.progress());
            status.set(pending.step());
            KnowledgeBase soFar = pending.soFar();
            if (soFar != null && soFar != last && !sameStore) {
                boolean first = last == null;
                last = soFar;
                knowledgeBase.set(soFar);
                listener.changed(first ? Change.FIRST_PART : Change.MORE_PARTS);
                if (first) {
                    background.afterNextFrame(pending::firstPartDrawn);
                }
            }
        }
    }

    /** @param keepPlace a reload of the same store stays where the reader is; another store starts afresh */
    private void finish(LoadResult result, boolean keepPlace) {
        openStore = result;
        progress.set(1);
        KnowledgeBase kb = result.knowledgeBase();
        problems.set(result.problems());
        knowledgeBase.set(kb);
        count();
        loaded.set(true);
        loading.set(false);
        listener.changed(keepPlace ? Change.LOADED_IN_PLACE : Change.LOADED_AFRESH);
    }

    /** The status bar's counts, of the knowledge base shown now: after loading, and after every edit or import. */
    private void count() {
        KnowledgeBase kb = knowledgeBase.get();
        status.set(Plural.count(kb.articles().size(), "article", "articles") + " · "
                + Plural.count(kb.entities().size(), "entity", "entities") + " · "
                + Plural.count(kb.relations().size(), "relation", "relations")
                + (openStore != null && openStore.readOnly() ? " · read-only" : ""));
    }

    /** Starts noticing changes made to the store's files by other programs (an editor, git). */
    void watch() {
        external.watch(openStore.dir());
    }

    /** Reloads the open store, staying on the same page, and says why. */
    void reloadBecause(String reason) {
        Path dir = storeDir.get();
        if (dir == null || loading.get()) {
            return;
        }
        say(reason + ": the store was reloaded" + (editsWouldBeLost.getAsBoolean()
                ? "; your earlier edits are saved but can no longer be undone." : "."));
        open(dir);
    }

    /** Reads the open store again from its files (F5). */
    public void reload() {
        if (storeDir.get() != null) {
            open(storeDir.get());
        }
    }

    /** Puts a message in the status bar; said again even when it equals the last, so that listeners hear it. */
    void say(String message) {
        notice.set(null);
        notice.set(message);
    }

    /** Takes {@code message} out of the status bar, unless another has replaced it meanwhile. */
    void unsay(String message) {
        if (message != null && message.equals(notice.get())) {
            notice.set(null);
        }
    }

    /** Shows a knowledge base an edit or an import made of the open one. */
    void replace(KnowledgeBase kb) {
        knowledgeBase.set(kb);
        count();
        listener.changed(Change.EDITED);
    }

    /** After an import was saved: the store as this program wrote it (the save recorded its files' stamps). */
    void saved(LoadResult store) {
        openStore = store;
    }

    /** The store as loaded or last saved, or null before one is in. */
    LoadResult openStore() {
        return openStore;
    }

    /** The files' stamps as this program last read or wrote them; null until the store is watched. */
    FileStamps stamps() {
        return external.stamps();
    }

    /**
     * Why {@code edit} cannot be saved into the open store (read-only, or a file it touches is damaged), or
     * null when it can. Views check this before offering an edit.
     */
    public String whyNotEditable(Edit edit) {
        return loading.get() ? "the store is still loading" : whyNotWritable(edit);
    }

    /**
     * Why {@code edit} could not be saved into the store as last loaded, a reload in progress aside: whether a page
     * offers editing. A page is not rebuilt just because a reload started and ended; an edit made meanwhile is
     * refused by {@link #whyNotEditable}.
     */
    public String whyNotWritable(Edit edit) {
        return openStore == null ? "no store is open" : StoreWriter.whyNotWritable(openStore, edit.files());
    }

    /** Why articles cannot be imported into the open store now, or null when they can. */
    public String whyNoImport() {
        if (openStore == null || loading.get()) {
            return "no store is open yet";
        }
        return StoreWriter.whyNotWritable(openStore, List.of());
    }

    /** Stops watching the store's files; the session is not used after this. */
    void close() {
        closed = true;
        external.close();
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

    /** A message about something that happened on its own (a reload), for the status bar. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while the store's files are watched for changes made by other programs. */
    public ReadOnlyBooleanProperty watchingProperty() {
        return external.watchingProperty();
    }
}
