package org.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jumping to an entity or article by typing part of its name, in any order, with typos. */
class QuickSwitchTest extends SearchTesting {

    private SwitchItem first(String text) {
        List<SwitchItem> items = index.quickSwitch(text, 5);
        assertTrue(!items.isEmpty(), "nothing for " + text);
        return items.get(0);
    }

    @Test
    void a_name_finds_its_entity_first() {
        SwitchItem item = first("zelensky");
        assertEquals(new SwitchItem(SwitchItem.Type.ENTITY, "volodymyr-zelensky", "Volodymyr Zelensky", "person",
                "Zelensky", item.score()), item);
    }

    @Test
    void words_may_come_in_any_order() {
        SwitchItem item = first("smetanin herman");
        assertEquals("herman-smetanin", item.id());
        assertEquals("Herman Smetanin", item.matched());
    }

    @Test
    void typing_mistakes_are_forgiven() {
        assertEquals("volodymyr-zelensky", first("zelenksy").id());
        assertEquals("herman-smetanin", first("hermn smetanni").id());
        assertEquals("denmark", first("denmrak").id());
    }

    @Test
    void pasted_long_words_are_looked_for_quickly_and_still_match_as_a_prefix() {
        String pasted = "strategicindustries".repeat(15);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 40; i++) {
                index.quickSwitch(pasted + i + " " + pasted, 5);
            }
        }, "forgiving typos in a 300-letter word took half a second a keystroke");
        assertEquals(List.of(), index.quickSwitch(pasted, 5));
        assertEquals("herman-smetanin", first("smetani").id());
    }

    @Test
    void a_word_still_being_typed_matches_as_a_prefix() {
        assertEquals("herman-smetanin", first("herm").id());
        assertEquals("volodymyr-zelensky", first("volod").id());
    }

    @Test
    void aliases_in_another_script_match_and_are_reported() {
        SwitchItem item = first("сметанін");
        assertEquals("herman-smetanin", item.id());
        assertEquals("Герман Сметанін", item.matched());
    }

    @Test
    void article_titles_match_too() {
        SwitchItem item = first("grain corridor");
        assertEquals(new SwitchItem(SwitchItem.Type.ARTICLE, "grain", "Grain corridor reopens", null,
                "Grain corridor reopens", item.score()), item);
    }

    @Test
    void an_entity_appears_once_however_many_of_its_forms_match() {
        List<SwitchItem> items = index.quickSwitch("zelensky", 10);
        assertEquals(1, items.stream().filter(i -> i.id().equals("volodymyr-zelensky")).count());
    }

    @Test
    void empty_text_gives_no_suggestions() {
        assertEquals(List.of(), index.quickSwitch("", 5));
        assertEquals(List.of(), index.quickSwitch("  ", 5));
        assertEquals(List.of(), index.quickSwitch(null, 5));
    }

    @Test
    void the_limit_is_kept() {
        assertEquals(2, index.quickSwitch("ukraine", 2).size());
    }

    @Test
    void articles_have_no_kind() {
        assertNull(first("brasilia").kind());
    }
}
