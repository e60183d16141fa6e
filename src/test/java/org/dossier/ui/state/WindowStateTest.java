package org.dossier.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.edit.ReplaceEntity;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreReader;
import org.dossier.store.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's state without a window: opening a store, moving about and editing each change what is shown once,
 * and an edit is shown at once and saved on the I/O thread. Every thread is a queue the test runs; no toolkit.
 */
class WindowStateTest {

    @TempDir
    Path temp;

    private final QueuedExecutor io = new QueuedExecutor();
    private final QueuedExecutor fx = new QueuedExecutor();
    private final AppState state = new AppState(new Background(io, Runnable::run, Runnable::run, fx, Runnable::run),
            Path.of("unused-index-folder"));
    private final List<Shown> shown = new ArrayList<>();

    @AfterEach
    void close() {
        state.close();
    }

    private Path openCopy() {
        Path store = TestStore.copyFolder(Path.of("data"), temp.resolve("store"));
        state.shownProperty().addListener((o, was, now) -> shown.add(now));
        state.session().open(store);
        io.runAll();
        fx.runAll();
        return store;
    }

    @Test
    void a_store_that_finished_loading_is_shown_once_with_the_reader_on_its_overview() {
        openCopy();
        Shown last = shown.get(shown.size() - 1);
        assertEquals(new Place.Start(), last.place());
        assertEquals(1, last.knowledgeBase().articles().size());
        assertTrue(last.loaded() && !last.loading());
        assertEquals(2, shown.size(), "once when the loading started, once when the store was in: " + shown);
    }

    @Test
    void going_somewhere_changes_what_is_shown_once_and_is_remembered_for_the_quick_switcher() {
        openCopy();
        shown.clear();
        state.navigation().go(new Place.EntityPage("denmark"));
        assertEquals(List.of(new Place.EntityPage("denmark")), shown.stream().map(Shown::place).toList());
        assertEquals(List.of(new Place.EntityPage("denmark")), state.navigation().recent());
    }

    @Test
    void an_edit_is_shown_at_once_and_written_on_the_io_thread() {
        Path store = openCopy();
        Entity denmark = state.session().knowledgeBase().entity("denmark");
        Entity renamed = new Entity(denmark.id(), denmark.kind(), "Kingdom of Denmark", denmark.aliases(),
                denmark.demonyms(), denmark.references(), denmark.summary(), denmark.attributes());
        shown.clear();

        state.edits().perform(new ReplaceEntity(denmark, renamed));

        assertEquals(1, shown.size());
        assertEquals("Kingdom of Denmark", shown.get(0).knowledgeBase().entity("denmark").name());
        assertEquals("Denmark", StoreReader.load(store).knowledgeBase().entity("denmark").name(), "not written yet");
        io.runAll();
        assertEquals("Kingdom of Denmark", StoreReader.load(store).knowledgeBase().entity("denmark").name());

        state.edits().undo();
        io.runAll();
        assertEquals("Denmark", state.session().knowledgeBase().entity("denmark").name());
        assertEquals("Denmark", StoreReader.load(store).knowledgeBase().entity("denmark").name());
        assertTrue(state.edits().history().canRedoProperty().get());
    }

    @Test
    void nothing_is_edited_while_a_store_is_loading() {
        openCopy();
        state.session().reload(); // queued on the I/O thread: still loading
        Entity denmark = state.session().knowledgeBase().entity("denmark");
        List<String> errors = new ArrayList<>();
        state.edits().saveErrorProperty().addListener((o, was, now) -> {
            if (now != null) {
                errors.add(now);
            }
        });

        state.edits().perform(new ReplaceEntity(denmark, denmark));

        assertEquals(List.of("Not changed: the store is still loading"), errors);
        assertFalse(state.edits().history().canUndoProperty().get());
    }

    @Test
    void the_parts_of_a_large_store_are_shown_as_they_come_and_the_reader_stays_where_they_went_meanwhile() {
        // The FX thread is the loader's own here: each part is shown as soon as it is handed over.
        AppState parts = new AppState(QueuedExecutor.direct(), Path.of("unused-index-folder"));
        parts.navigation().go(new Place.EntityPage("somewhere"));
        KnowledgeBase whole = StoreReader.load(Path.of("data")).knowledgeBase();
        KnowledgeBase part = new KnowledgeBase(whole.name(), whole.entities(), whole.articles(), List.of());
        Place opened = new Place.ArticlePage("ukraine-denmark-military-production");
        parts.shownProperty().addListener((o, was, now) -> shown.add(now));

        parts.session().open(StoreLoading.start(Path.of("parts"), io, (dir, progress, partial) -> {
            partial.loadedSoFar(part);
            // What the reader saw of the first part, and where they went while the rest loaded.
            shown.add(parts.shown());
            parts.navigation().go(opened);
            return new LoadResult(dir, whole, List.of(), Set.of(), false);
        }));
        io.runAll();

        assertTrue(shown.contains(new Shown(new Place.Start(), part, true, false)), "the first part starts afresh");
        Shown last = shown.get(shown.size() - 1);
        assertEquals(new Shown(opened, whole, false, true), last, "the reader stays on what they opened meanwhile");
        parts.close();
    }
}
