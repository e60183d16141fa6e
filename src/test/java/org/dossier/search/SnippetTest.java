package org.dossier.search;

import static org.dossier.search.SearchFixtures.PRODUCTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The passage shown with each article, with the matched words in bold. */
class SnippetTest extends SearchTesting {

    private String snippet(String query) {
        return search(query).articles().get(0).snippet();
    }

    private String snippet(String query, String articleId) {
        return search(query).articles().stream().filter(a -> a.id().equals(articleId)).findFirst().orElseThrow().snippet();
    }

    @Test
    void the_snippet_is_the_passage_with_the_matched_words_in_bold() {
        assertEquals("…Strategic Industries Minister Herman Smetanin said the first <b>production</b> <b>lines</b> would open"
                + " this year. President Zelensky announced that Ukraine exported its first defence technologies.",
                snippet("lines production"));
    }

    @Test
    void a_stemmed_match_marks_the_word_as_written() {
        assertTrue(snippet("export", PRODUCTION).contains("Ukraine <b>exported</b> its"), snippet("export", PRODUCTION));
    }

    @Test
    void a_phrase_is_marked_as_one_span() {
        assertTrue(snippet("\"defence technologies\"").contains("<b>defence technologies</b>"), snippet("\"defence technologies\""));
    }

    @Test
    void a_prefix_marks_the_whole_words_it_begins() {
        assertTrue(snippet("Brasíl*").contains("<b>Brasília</b>"), snippet("Brasíl*"));
    }

    @Test
    void angle_brackets_and_ampersands_in_the_text_are_escaped() {
        assertEquals("The R&amp;D <b>budget</b> of the &lt;lab&gt; grew.", snippet("budget"));
    }

    @Test
    void an_alias_query_marks_the_name_the_text_uses() {
        assertTrue(snippet("Зеленський").contains("President <b>Zelensky</b> announced"), snippet("Зеленський"));
    }

    @Test
    void an_article_found_by_its_title_alone_shows_its_opening() {
        assertEquals("Ships carrying grain left Odesa after Russia blocked the ports for months.", snippet("corridor"));
    }

    @Test
    void an_article_found_by_a_filter_alone_shows_its_opening() {
        assertTrue(snippet("entity:nato").startsWith("Leaders met in Brasília"), snippet("entity:nato"));
    }
}
