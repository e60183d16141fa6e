package org.dossier.search;

import static org.dossier.search.SearchFixtures.PRODUCTION;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A query that cannot be read as typed is searched anyway, with one line saying how it was read. */
class BadQueryTest extends SearchTesting {

    @Test
    void an_unclosed_quote_is_searched_as_plain_words() {
        SearchResults results = search("\"technologies defence");
        assertEquals(List.of(PRODUCTION), results.articles().stream().map(ArticleHit::id).toList());
        assertEquals("the quote before 'technologies defence' is not closed, so its words were searched as plain words",
                results.notice());
    }

    @Test
    void a_lone_minus_is_ignored() {
        SearchResults results = search("denmark -");
        assertEquals(List.of(PRODUCTION), results.articles().stream().map(ArticleHit::id).toList());
        assertEquals("a lone '-' was ignored", results.notice());
    }

    @Test
    void an_or_without_a_word_on_each_side_is_ignored() {
        assertEquals("OR needs a word on each side; it was ignored", search("OR denmark").notice());
        assertEquals("OR needs a word on each side; it was ignored", search("denmark OR").notice());
        assertEquals(List.of(PRODUCTION), articles("denmark OR OR"));
    }

    @Test
    void a_date_that_is_not_a_date_is_ignored() {
        SearchResults results = search("grain before:yesterday");
        assertEquals(2, results.articles().size());
        assertEquals("before:yesterday is not a date (YYYY, YYYY-MM or YYYY-MM-DD); it was ignored", results.notice());
        assertEquals("after:--06-21 has no year; it was ignored", search("grain after:--06-21").notice());
    }

    @Test
    void a_filter_without_a_value_is_ignored() {
        assertEquals("'kind:' needs a value, as in kind:person; it was ignored", search("kind: ukraine").notice());
    }

    @Test
    void several_problems_are_explained_in_one_line() {
        String notice = search("- ukraine OR \"exports").notice();
        assertEquals("a lone '-' was ignored; the quote before 'exports' is not closed, so its words were searched as plain words",
                notice);
    }

    @Test
    void a_query_of_only_exclusions_finds_nothing_and_says_so() {
        SearchResults results = search("-ukraine");
        assertTrue(results.isEmpty());
        assertEquals("a query of only exclusions finds nothing; add a word to search for", results.notice());
    }

    @Test
    void an_empty_query_finds_nothing_without_a_notice() {
        assertTrue(search("").isEmpty());
        assertTrue(search("   ").isEmpty());
        assertNull(search(null).notice());
    }

    @Test
    void lucene_syntax_means_nothing_special() {
        SearchResults results = search("title:zelenskyy");
        assertEquals(List.of(), results.articles());
        assertEquals("'title:' is not a filter (filters are kind:, entity:, before: and after:)", results.notice());
        assertEquals(articles("denmark"), articles("+denmark"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "-", "*", "**", "OR", "\"\"", "- -", "-\"", "kind:", "entity:\"", "entity:\"Herman",
            "a:b:c", "((", "\\", "[x TO y]", "title:foo^2~", "ukraine~0.5", "+denmark", "!", "?", "&& ||", "-*", "\"-\"",
            "before:", "after:2022-13", "OR OR OR", "-OR", ":", "\u0000", "🇺🇦 ukraine", "ukraine\"denmark"})
    void no_query_throws_and_a_notice_is_at_most_one_line(String query) {
        SearchResults results = assertDoesNotThrow(() -> search(query));
        assertTrue(results.notice() == null || !results.notice().contains("\n"), results.notice());
        assertDoesNotThrow(() -> index.hitsIn(PRODUCTION, query));
        assertDoesNotThrow(() -> index.quickSwitch(query, 5));
    }

    @Test
    void a_notice_quotes_what_was_typed_on_one_short_line() {
        String notice = search("\"technologies\ndefence\t\u2028now " + "word ".repeat(100)).notice();
        assertEquals("the quote before 'technologies defence now word word word…' is not closed, so its words were"
                + " searched as plain words", notice);
    }

    @Test
    void hundreds_of_notices_are_summed_up_in_one_line() {
        StringBuilder query = new StringBuilder("denmark");
        for (int i = 0; i < 200; i++) {
            query.append(" note").append((char) ('a' + i / 26)).append((char) ('a' + i % 26)).append(":x");
        }
        String notice = search(query.toString()).notice();
        String filters = " is not a filter (filters are kind:, entity:, before: and after:)";
        assertEquals("'noteaa:'" + filters + "; 'noteab:'" + filters + "; 'noteac:'" + filters + "; 'notead:'" + filters
                + "; and 195 more like these; 'notehr:'" + filters, notice);
    }

    @Test
    void a_quote_inside_a_word_starts_a_phrase() {
        assertFalse(articles("ukraine\"denmark\"").isEmpty());
    }
}
