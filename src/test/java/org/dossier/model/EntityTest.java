package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which words may be linked to an entity. */
class EntityTest {

    static final Entity DENMARK = new Entity("denmark", "country", "Denmark", List.of("Danmark"),
            List.of("Danish", "Danes"), List.of("the Nordic country"), null, null);

    @ParameterizedTest
    @ValueSource(strings = {"Denmark", "Danmark", "Danish", "Danes", "the Nordic country"})
    void the_name_aliases_demonyms_and_references_are_surface_forms(String text) {
        assertTrue(DENMARK.isSurfaceForm(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DENMARK", "denmark", "The Nordic Country"})
    void case_does_not_matter(String text) {
        assertTrue(DENMARK.isSurfaceForm(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Denmark's", "Denmark\u2019s", "Denmark'S", "Danes'", "Danes\u2019"})
    void a_possessive_ending_is_accepted(String text) {
        assertTrue(DENMARK.isSurfaceForm(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Denmarks", "Denmark s", "Den", "Denmark's's", "Danish people", "Sweden", ""})
    void other_words_are_not_surface_forms(String text) {
        assertFalse(DENMARK.isSurfaceForm(text), text);
    }

    @Test
    void surface_forms_list_the_name_first() {
        assertEquals(List.of("Denmark", "Danmark", "Danish", "Danes", "the Nordic country"), DENMARK.surfaceForms());
    }

    @Test
    void missing_lists_and_summary_become_empty() {
        Entity e = new Entity("x", "other", "X", null, null, null, null, null);
        assertEquals(List.of(), e.aliases());
        assertEquals("", e.summary());
        assertTrue(e.attributes().isEmpty());
    }
}
