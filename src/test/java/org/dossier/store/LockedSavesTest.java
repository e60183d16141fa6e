package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's saves: each waits for the store's lock, and under it checks again that the files it writes were not
 * changed by another writer while it waited.
 */
class LockedSavesTest {

    @TempDir
    Path temp;

    private final CountDownLatch waiting = new CountDownLatch(1);
    private final CountDownLatch waited = new CountDownLatch(1);
    private final LockedSaves saves = new LockedSaves(Duration.ofSeconds(30), new LockedSaves.Waiting() {
        @Override
        public void started(String message) {
            waiting.countDown();
        }

        @Override
        public void ended() {
            waited.countDown();
        }
    });

    @Test
    void an_edit_waits_for_another_writer_and_is_then_saved() throws Exception {
        TestStore store = TestStore.in(temp);
        LoadResult loaded = store.load();
        FileStamps known = FileStamps.of(loaded.dir());
        KnowledgeBase renamed = renamedDenmark(loaded.knowledgeBase());
        CompletableFuture<List<String>> save;
        try (StoreLock other = StoreLock.acquire(store.dir(), Duration.ofSeconds(5), m -> { })) {
            save = CompletableFuture.supplyAsync(() -> saveEntities(renamed, loaded, known));
            assertTrue(waiting.await(10, TimeUnit.SECONDS), "the save did not wait");
            assertTrue(store.read(TestStore.ENTITIES).contains("\"name\": \"Denmark\""), "nothing written meanwhile");
        }
        assertEquals(List.of(), save.get(10, TimeUnit.SECONDS));
        assertTrue(waited.await(10, TimeUnit.SECONDS));
        assertEquals("Kingdom of Denmark", store.load().knowledgeBase().entity("denmark").name());
    }

    @Test
    void an_edit_of_a_file_another_writer_changed_while_it_waited_is_not_saved() throws Exception {
        TestStore store = TestStore.in(temp);
        LoadResult loaded = store.load();
        FileStamps known = FileStamps.of(loaded.dir());
        CompletableFuture<List<String>> save;
        String theirs;
        try (StoreLock other = StoreLock.acquire(store.dir(), Duration.ofSeconds(5), m -> { })) {
            save = CompletableFuture.supplyAsync(() -> saveEntities(renamedDenmark(loaded.knowledgeBase()), loaded, known));
            assertTrue(waiting.await(10, TimeUnit.SECONDS), "the save did not wait");
            theirs = store.replace(TestStore.ENTITIES, "\"name\": \"Ukraine\"", "\"name\": \"Ukraina\"")
                    .read(TestStore.ENTITIES);
        }
        assertEquals(List.of(TestStore.ENTITIES), save.get(10, TimeUnit.SECONDS));
        assertEquals(theirs, store.read(TestStore.ENTITIES), "their change is kept, byte for byte");
    }

    @Test
    void an_import_saves_only_its_own_files_and_lets_the_caller_choose_free_ids_under_the_lock() throws Exception {
        TestStore store = TestStore.in(temp);
        LoadResult loaded = store.load();
        FileStamps known = FileStamps.of(loaded.dir());
        KnowledgeBase before = loaded.knowledgeBase();
        List<org.dossier.model.Article> articles = new java.util.ArrayList<>(before.articles());
        articles.add(new org.dossier.model.Article("a3", "New", null, null, null, List.of("Ukraine builds more."),
                List.of()));
        KnowledgeBase imported = new KnowledgeBase(before.name(), before.entities(), articles, before.relations());
        UnaryOperator<KnowledgeBase> underLock = kb -> {
            assertTrue(isLocked(store.dir()), "ids are chosen under the lock");
            return kb;
        };
        LoadResult saved = saves.saveImport(imported, loaded, underLock, known);
        assertEquals(3, saved.knowledgeBase().articles().size());
        assertTrue(!known.changedOnDisk("articles/a3.json"), "its own new file is known");
        store.write("articles/a4.json", TestStore.A2_JSON.replace("\"a2\"", "\"a4\""));
        assertTrue(known.changedOnDisk("articles/a4.json"), "another writer's file is not");
    }

    private static boolean isLocked(Path dir) {
        try (StoreLock lock = StoreLock.acquire(dir, Duration.ZERO, m -> { })) {
            return false;
        } catch (StoreException e) {
            return true;
        }
    }

    private List<String> saveEntities(KnowledgeBase kb, LoadResult loaded, FileStamps known) {
        try {
            return saves.saveFiles(kb, loaded, List.of(TestStore.ENTITIES), known);
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KnowledgeBase renamedDenmark(KnowledgeBase kb) {
        Entity d = kb.entity("denmark");
        return kb.withEntity(new Entity(d.id(), d.kind(), "Kingdom of Denmark", List.of("Denmark"), d.demonyms(),
                d.references(), d.summary(), d.attributes()));
    }
}
