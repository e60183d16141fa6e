package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids become file names, so the id rule is what keeps a store's files inside its folder. */
class StoreLayoutTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "a1", "ukraine-denmark-military-production", "ua.dk", "snake_case", "2024-06-21"})
    void lower_case_letters_digits_and_inner_separators_are_valid_ids(String id) {
        assertTrue(StoreLayout.isValidId(id), id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../../x", "..", "a..b", "../x", "a/b", "a\\b", "/etc/passwd", "Ukraine", "a b",
            "-a", "a-", ".a", "a.", "_a", "ü", "a\u0000b", "c:x"})
    void anything_else_is_not_a_valid_id(String id) {
        assertFalse(StoreLayout.isValidId(id), id);
    }

    @Test
    void null_and_overlong_ids_are_not_valid() {
        assertFalse(StoreLayout.isValidId(null));
        assertTrue(StoreLayout.isValidId("a".repeat(120)));
        assertFalse(StoreLayout.isValidId("a".repeat(121)));
    }

    @Test
    void an_article_file_is_in_the_articles_folder_named_after_its_id() {
        Path store = Path.of("store");
        assertEquals(store.resolve("articles").resolve("a1.json"), StoreLayout.articleFile(store, "a1"));
    }

    @Test
    void an_article_id_that_climbs_out_of_the_store_is_rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StoreLayout.articleFile(Path.of("store"), "../../x"));
        assertEquals("'../../x' is not a valid article id", e.getMessage());
    }

    @Test
    void relative_names_use_forward_slashes() {
        Path store = Path.of("store").toAbsolutePath();
        assertEquals("articles/a1.json", StoreLayout.relative(store, store.resolve("articles").resolve("a1.json")));
    }
}
