package org.dossier.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreReader;
import org.dossier.ui.state.Background;
import org.dossier.ui.state.QueuedExecutor;
import org.junit.jupiter.api.Test;

/** The path finder's page, without the page: the paths are looked for on the search thread, not the caller's. */
class PathModelTest {

    private static final KnowledgeBase SEED = StoreReader.load(Path.of("data")).knowledgeBase();

    @Test
    void the_paths_are_found_on_the_search_thread_and_the_summary_says_what_was_found() {
        QueuedExecutor search = new QueuedExecutor();
        PathModel model = new PathModel(SEED, "herman-smetanin", "denmark",
                new Background(Runnable::run, search, Runnable::run, Runnable::run, Runnable::run));

        assertNull(model.pathsProperty().get(), "nothing is looked for on the thread that opened the page");
        assertFalse(search.isEmpty());
        assertEquals("Looking for the connections…", model.summary());
        search.runAll();

        assertEquals("1 shortest path of 2 steps.", model.summary());
        assertEquals("How are Herman Smetanin and Denmark connected?", model.title());
    }

    @Test
    void entities_without_a_connection_are_said_to_have_none() {
        KnowledgeBase noRelations = new KnowledgeBase(SEED.name(), SEED.entities(), SEED.articles(), java.util.List.of());
        PathModel model = new PathModel(noRelations, "herman-smetanin", "denmark", QueuedExecutor.direct());
        assertEquals("They are not connected by any relation in this store.", model.summary());
    }
}
