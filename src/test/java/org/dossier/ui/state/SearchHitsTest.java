package org.dossier.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stepping through the hits of a search in the open article, as the search field's Enter and the menu's F3 do,
 * without a window: the hits are held in the state, which the reading pane only shows.
 */
class SearchHitsTest {

    private static final String ARTICLE = "ukraine-denmark-military-production";

    @TempDir
    Path index;

    private AppState state;
    private SearchHits hits;

    @BeforeEach
    void openTheBundledStore() {
        state = new AppState(QueuedExecutor.direct(), index);
        state.session().open(Path.of("data"));
        state.windowShown(); // the index is built now, on the (direct) I/O thread
        hits = state.hits();
    }

    @AfterEach
    void close() {
        state.close();
    }

    @Test
    void an_article_opened_from_a_search_result_shows_its_hits_with_the_first_current() {
        state.navigation().go(new Place.ArticlePage(ARTICLE, null, "Denmark"));
        SearchHits.Hits shown = hits.hitsProperty().get();
        assertEquals(ARTICLE, shown.articleId());
        assertEquals("Denmark", shown.query());
        assertTrue(shown.spans().size() >= 7, "Denmark is named seven times: " + shown.spans().size());
        assertEquals(0, shown.current());
    }

    @Test
    void f3_steps_through_the_hits_of_what_the_field_holds_in_an_article_opened_from_the_list() {
        state.navigation().go(new Place.ArticlePage(ARTICLE));
        hits.typedProperty().set("Denmark");
        assertNull(hits.hitsProperty().get(), "nothing marked until asked");

        hits.next();
        assertEquals(0, hits.hitsProperty().get().current(), "the first press finds the hits and marks the first");
        hits.next();
        assertEquals(1, hits.hitsProperty().get().current());
        hits.previous();
        hits.previous();
        assertEquals(hits.hitsProperty().get().spans().size() - 1, hits.hitsProperty().get().current(), "round");
    }

    @Test
    void another_query_in_the_field_finds_its_own_hits_and_another_page_clears_them() {
        state.navigation().go(new Place.ArticlePage(ARTICLE, null, "Denmark"));
        hits.typedProperty().set("Ukraine");
        hits.next();
        assertEquals("Ukraine", hits.hitsProperty().get().query());

        state.navigation().go(new Place.EntityPage("denmark"));
        assertNull(hits.hitsProperty().get());
        hits.next();
        assertNull(hits.hitsProperty().get(), "no article open: nothing to step through");
    }
}
