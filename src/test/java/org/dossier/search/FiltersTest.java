package org.dossier.search;

import static org.dossier.search.SearchFixtures.ADDRESS;
import static org.dossier.search.SearchFixtures.GRAIN;
import static org.dossier.search.SearchFixtures.MARKUP;
import static org.dossier.search.SearchFixtures.PRODUCTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** kind:, entity:, before: and after:. */
class FiltersTest extends SearchTesting {

    @Test
    void kind_keeps_only_entities_of_that_kind() {
        assertEquals(List.of("ukraine"), entities("ukraine kind:country"));
        assertEquals(List.of("volodymyr-zelensky"), entities("ukraine kind:person"));
        assertEquals(List.of("volodymyr-zelensky", "herman-smetanin"), entities("kind:Person"));
    }

    @Test
    void kinds_given_twice_accept_either_and_a_minus_excludes_one() {
        assertEquals(List.of("volodymyr-zelensky", "herman-smetanin", "nato"), entities("kind:person kind:organization"));
        assertEquals(List.of("ukraine"), entities("ukraine -kind:person"));
    }

    @Test
    void kind_leaves_articles_alone() {
        assertTrue(articles("ukraine kind:person").contains(PRODUCTION));
        assertEquals(List.of(), articles("kind:person"));
    }

    @Test
    void entity_takes_an_id_a_name_or_an_alias_in_any_script() {
        assertEquals(List.of(PRODUCTION), articles("entity:herman-smetanin"));
        assertEquals(List.of(PRODUCTION), articles("entity:\"Herman Smetanin\""));
        assertEquals(List.of(PRODUCTION), articles("entity:\"Герман Сметанін\""));
        assertEquals(List.of(PRODUCTION), articles("entity:smetanin"));
    }

    @Test
    void entity_alone_lists_the_articles_that_mention_it_most_first() {
        assertEquals(List.of(PRODUCTION, ADDRESS), articles("entity:ukraine"));
        assertEquals(List.of(), search("entity:ukraine").entities());
    }

    @Test
    void entity_filters_articles_found_by_words_and_a_minus_excludes_them() {
        assertEquals(List.of(ADDRESS), articles("president entity:ukraine -entity:denmark"));
        assertEquals(List.of(PRODUCTION), articles("president entity:denmark"));
    }

    @Test
    void an_unknown_entity_matches_nothing_and_says_so() {
        SearchResults results = search("ukraine entity:atlantis");
        assertEquals(List.of(), results.articles());
        assertEquals("no entity has the id, name or alias 'atlantis'", results.notice());
    }

    @Test
    void before_keeps_articles_published_before_the_date_begins() {
        assertEquals(List.of(GRAIN), articles("before:2022"));
        assertEquals(List.of(MARKUP, GRAIN), articles("before:2022-06-24"));
        assertEquals(List.of(ADDRESS, MARKUP, GRAIN), articles("before:2022-06-25"));
    }

    @Test
    void after_keeps_articles_published_after_the_date_ends() {
        assertEquals(List.of(PRODUCTION), articles("after:2022"));
        assertEquals(List.of(PRODUCTION, ADDRESS), articles("after:2022-03"));
    }

    @Test
    void a_date_filter_leaves_out_articles_without_a_date_and_combines_with_words() {
        assertEquals(List.of(), articles("nato after:2000"));
        assertEquals(List.of(ADDRESS), articles("ukraine after:2022-03 before:2023"));
    }

    @Test
    void a_filter_alone_lists_articles_newest_first() {
        assertEquals(List.of(PRODUCTION, ADDRESS, MARKUP, GRAIN), articles("after:2020"));
    }

    @Test
    void an_article_dated_by_month_is_before_a_date_only_if_the_whole_month_is() {
        assertEquals(List.of(GRAIN), articles("before:2022-03-15"));
        assertEquals(List.of(MARKUP, GRAIN), articles("before:2022-04"));
    }

    @Test
    void filters_do_not_produce_a_notice() {
        assertNull(search("ukraine kind:country entity:ukraine after:2020").notice());
    }
}
