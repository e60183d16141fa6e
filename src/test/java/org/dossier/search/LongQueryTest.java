package org.dossier.search;

import static org.dossier.search.SearchFixtures.PRODUCTION;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A query longer than the search engine's clause limits (1,024) is cut to its first words, phrases and filters,
 * with a notice saying so; it never throws. Lucene counts clauses across the whole query: 342 words were enough
 * (each is looked for in an entity's name, aliases and summary).
 */
class LongQueryTest extends SearchTesting {

    private static final String TOO_LONG = "the query is too long: only its first " + QueryLexer.MAX_TERMS
            + " words, phrases and filters were searched";

    private static String repeated(int count, String pattern) {
        return IntStream.range(0, count).mapToObj(i -> pattern.formatted(i)).collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"w%d", "w%d OR", "-w%d", "entity:e%d", "kind:k%d", "\"w%1$d x%1$d\"", "w%d*", "before:2022 w%d"})
    void a_query_of_more_terms_than_the_limit_is_cut_with_a_notice(String pattern) {
        String query = "denmark " + repeated(1_025, pattern) + " ukraine";
        SearchResults results = assertDoesNotThrow(() -> search(query));
        assertEquals(TOO_LONG, results.notice().split("; ")[results.notice().split("; ").length - 1], results.notice());
        assertDoesNotThrow(() -> index.hitsIn(PRODUCTION, query));
    }

    @Test
    void three_hundred_and_forty_two_distinct_words_are_cut_to_the_first_ones() {
        SearchResults results = assertDoesNotThrow(() -> search("denmark " + repeated(341, "word%d")));
        assertEquals(TOO_LONG, results.notice());
    }

    @Test
    void the_words_kept_are_searched_and_the_ones_after_the_cut_are_not() {
        String query = "denmark " + repeated(QueryLexer.MAX_TERMS - 1, "production") + " nosuchword";
        SearchResults results = search(query);
        assertEquals(List.of(PRODUCTION), results.articles().stream().map(ArticleHit::id).toList());
        assertEquals(TOO_LONG, results.notice());
    }

    @Test
    void a_query_within_the_limit_has_no_notice() {
        SearchResults results = search("denmark " + repeated(QueryLexer.MAX_TERMS - 1, "production"));
        assertEquals(null, results.notice());
        assertFalse(results.articles().isEmpty());
    }

    @Test
    void the_pasted_text_of_a_long_article_is_searched_with_a_notice() {
        String article = LongParagraphTest.paragraph(50_000);
        SearchResults plain = assertDoesNotThrow(() -> search(article));
        assertTrue(plain.notice().contains(TOO_LONG), plain.notice());
        SearchResults quoted = assertDoesNotThrow(() -> search("\"" + article + "\""));
        assertTrue(quoted.notice() != null && quoted.notice().contains("too long"), quoted.notice());
        assertDoesNotThrow(() -> index.hitsIn(PRODUCTION, article));
    }

    @Test
    void a_word_of_many_joined_words_is_cut_to_what_the_engine_allows() {
        String joined = repeated(2_000, "w%d").replace(' ', '-');
        for (String query : List.of(joined, joined + "*", "denmark " + joined + "*")) {
            SearchResults results = assertDoesNotThrow(() -> search(query), query.substring(0, 20));
            assertTrue(results.notice() != null && results.notice().contains("too long"), results.notice());
        }
    }

    @Test
    void the_quick_switcher_takes_a_long_text_without_failing() {
        assertDoesNotThrow(() -> index.quickSwitch(repeated(2_000, "smetanin%d"), 5));
        assertDoesNotThrow(() -> index.quickSwitch(repeated(40, "herman"), 5));
    }
}
