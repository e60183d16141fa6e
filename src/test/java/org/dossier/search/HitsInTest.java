package org.dossier.search;

import static org.dossier.search.SearchFixtures.PRODUCTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/** Every place a query matches in an article, for highlighting in the reading pane. */
class HitsInTest extends SearchTesting {

    private final Article production = SearchFixtures.knowledgeBase().article(PRODUCTION);

    private List<String> words(List<HitSpan> spans) {
        return spans.stream().map(s -> production.textOf(s.paragraph(), s.start(), s.end())).toList();
    }

    @Test
    void each_matched_word_is_a_span_of_its_paragraph_in_reading_order() {
        List<HitSpan> spans = index.hitsIn(PRODUCTION, "production denmark");
        assertEquals(List.of(new HitSpan(0, 12, 19), new HitSpan(0, 115, 122), new HitSpan(1, 61, 71)), spans);
        assertEquals(List.of("Denmark", "Denmark", "production"), words(spans));
    }

    @Test
    void stemmed_and_prefixed_matches_cover_the_words_as_written() {
        assertEquals(List.of("produce", "production"), words(index.hitsIn(PRODUCTION, "produc*")));
        assertEquals(List.of("exported"), words(index.hitsIn(PRODUCTION, "exports")));
    }

    @Test
    void a_phrase_is_one_span() {
        assertEquals(List.of("landmark agreement"), words(index.hitsIn(PRODUCTION, "\"landmark agreement\"")));
    }

    @Test
    void an_alias_query_marks_the_linked_mentions_and_the_names_in_the_text() {
        assertEquals(List.of("Herman Smetanin"), words(index.hitsIn(PRODUCTION, "Герман Сметанін")));
        assertEquals(List.of("Zelensky"), words(index.hitsIn(PRODUCTION, "Зеленський")));
    }

    @Test
    void excluded_words_and_filters_are_not_marked() {
        assertEquals(List.of("Denmark", "Denmark"), words(index.hitsIn(PRODUCTION, "denmark -weapons after:2020 entity:ukraine")));
    }

    @Test
    void the_hit_count_of_a_result_is_the_number_of_spans() {
        for (String query : List.of("denmark", "produc*", "Зеленський", "ukraine OR lines")) {
            ArticleHit hit = index.search(query, 10).articles().stream().filter(a -> a.id().equals(PRODUCTION)).findFirst().orElseThrow();
            assertEquals(index.hitsIn(PRODUCTION, query).size(), hit.hits(), query);
        }
    }

    @Test
    void an_unknown_article_has_no_hits() {
        assertEquals(List.of(), index.hitsIn("no-such-article", "denmark"));
    }
}
