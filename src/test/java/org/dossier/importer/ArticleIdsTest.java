package org.dossier.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.dossier.store.StoreLayout;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void an_id_is_the_title_in_lower_case_letters_digits_and_hyphens() {
        assertEquals("ukraine-and-denmark-sign-a-10-year-deal", ArticleIds.slug("Ukraine and Denmark Sign a 10-Year Deal!"));
        assertEquals("zelenskyy-s-address-cafe", ArticleIds.slug("Zelenskyy’s address: café"));
    }

    @Test
    void a_title_that_is_a_path_gives_an_id_that_stays_in_the_store_folder() {
        assertEquals("x", ArticleIds.slug("../../x"));
        assertEquals("etc-passwd", ArticleIds.slug("/etc/passwd"));
        assertEquals("article", ArticleIds.slug("../.."));
        assertEquals("article", ArticleIds.slug("Україна"));
    }

    @Test
    void long_titles_are_cut_at_a_word() {
        String id = ArticleIds.slug("word ".repeat(40));
        assertTrue(id.length() <= ArticleIds.MAX_SLUG, id);
        assertTrue(id.endsWith("word"), id);
    }

    @Test
    void ids_are_never_reused_and_always_valid() {
        ArticleIds ids = new ArticleIds(Set.of("news", "news-2"));
        assertEquals("news-3", ids.next("News"));
        assertEquals("news-4", ids.next("NEWS"));
        assertEquals("other", ids.next("Other"));
        for (String title : new String[] {"", "-", "..", "a..b", "ÆØÅ", "x".repeat(500)}) {
            assertTrue(StoreLayout.isValidId(ids.next(title)), title);
        }
    }
}
