package org.dossier.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationHistoryTest {

    private final Place start = new Place.Start();
    private final Place article = new Place.ArticlePage("a");
    private final Place denmark = new Place.EntityPage("denmark");
    private final Place nato = new Place.EntityPage("nato");

    @Test
    void back_and_forward_move_through_the_places_visited() {
        NavigationHistory h = new NavigationHistory(start);
        h.navigate(article);
        h.navigate(denmark);
        h.back();
        assertEquals(article, h.current());
        assertTrue(h.canGoForwardProperty().get());
        h.forward();
        assertEquals(denmark, h.current());
        assertFalse(h.canGoForwardProperty().get());
    }

    @Test
    void going_somewhere_new_after_back_drops_the_forward_places() {
        NavigationHistory h = new NavigationHistory(start);
        h.navigate(article);
        h.navigate(denmark);
        h.back();
        h.navigate(nato);
        assertEquals(List.of(start, article, nato), h.places());
        assertFalse(h.canGoForwardProperty().get());
    }

    @Test
    void going_to_where_you_already_are_adds_nothing() {
        NavigationHistory h = new NavigationHistory(start);
        h.navigate(denmark);
        h.navigate(new Place.EntityPage("denmark"));
        assertEquals(List.of(start, denmark), h.places());
    }

    @Test
    void back_at_the_start_and_forward_at_the_end_do_nothing() {
        NavigationHistory h = new NavigationHistory(start);
        assertFalse(h.canGoBackProperty().get());
        h.back();
        h.forward();
        assertEquals(start, h.current());
    }

    @Test
    void reset_forgets_everything() {
        NavigationHistory h = new NavigationHistory(start);
        h.navigate(denmark);
        h.reset(start);
        assertEquals(List.of(start), h.places());
        assertFalse(h.canGoBackProperty().get());
    }
}
