package org.dossier.ui.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dossier.discovery.EntitySuggestion;
import org.dossier.model.ListedEntry;
import org.junit.jupiter.api.Test;

/** A proposal from an imported list says so, and the queue's text filter finds it by its list. */
class EntityDraftTest {

    private static EntitySuggestion suggestion(ListedEntry listed) {
        return new EntitySuggestion("Andriy Yermak", "person", List.of("Yermak"), List.of(), Map.of(), 3, 2, 0.95,
                List.of(), listed);
    }

    @Test
    void a_listed_entry_shows_its_list_and_the_text_filter_finds_it_by_the_lists_name() {
        EntityDraft d = new EntityDraft(suggestion(new ListedEntry("Andriy Yermak", "person", List.of("Yermak"),
                List.of(), List.of(), "", Map.of(), "sanctions.csv")));
        assertEquals("from sanctions.csv", d.origin());
        assertTrue(d.matches("Sanctions"));
        assertTrue(d.matches("yermak"));
        assertFalse(d.matches("scholz"));
    }

    @Test
    void a_name_found_in_the_articles_alone_has_no_list() {
        EntityDraft d = new EntityDraft(suggestion(null));
        assertEquals("", d.origin());
        assertFalse(d.matches("sanctions"));
    }
}
