package org.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article of one huge paragraph (an imported one-line file) is searched, its snippet built and its hits found
 * at a cost that grows with the text, not with its square. The bound is a guard against the quadratic case
 * (a 2 MB paragraph took a minute, 10 MB did not finish in three); real figures come from a benchmark.
 */
class LongParagraphTest {

    private static final String[] SENTENCES = {
            "Ukraine and Denmark signed an agreement on defence production. ",
            "The ministers met in Copenhagen on Friday. ",
            "Production lines will open this year, the minister said. ",
            "President Zelensky thanked the Danish people for their support. "};

    @TempDir
    Path cache;

    static String paragraph(int chars) {
        StringBuilder text = new StringBuilder(chars + 100);
        for (int i = 0; text.length() < chars; i++) {
            text.append(SENTENCES[i % SENTENCES.length]);
        }
        return text.toString();
    }

    @Test
    void a_ten_megabyte_paragraph_is_searched_with_its_snippet_and_hits_in_linear_time() {
        String text = paragraph(10_000_000);
        Article article = SearchFixtures.article("long", "A long article", null, List.of(text));
        try (SearchIndex index = SearchIndex.open(SearchFixtures.withArticles(List.of(article)), cache)) {
            SearchResults results = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> index.search("production", 10));
            ArticleHit hit = results.articles().get(0);
            assertEquals("Ukraine and Denmark signed an agreement on defence <b>production</b>. The ministers met in"
                    + " Copenhagen on Friday. <b>Production</b> lines will open this year, the minister said.…", hit.snippet());
            List<HitSpan> hits = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> index.hitsIn("long", "production"));
            assertEquals(hit.hits(), hits.size());
            assertTrue(hits.size() > 80_000, "every sentence pair has a match: " + hits.size());
        }
    }

    @Test
    void a_paragraph_without_sentence_ends_gives_a_snippet_of_about_the_passage_length() {
        String text = "word ".repeat(200_000) + "Denmark " + "word ".repeat(200_000);
        Article article = SearchFixtures.article("runon", "A run-on article", null, List.of(text));
        try (SearchIndex index = SearchIndex.open(SearchFixtures.withArticles(List.of(article)), cache)) {
            String snippet = index.search("denmark", 10).articles().get(0).snippet();
            assertTrue(snippet.contains("<b>Denmark</b>"), snippet);
            assertTrue(snippet.length() < 2 * PassageBreaks.LONGEST, snippet.length() + " characters");
        }
    }
}
