package org.dossier.cli;

import static org.dossier.cli.CommandLineTest.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.cli.Dossier.Run;
import org.dossier.store.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier search} on the bundled store, with its index in a temporary cache. */
class SearchCommandTest {

    private static final String ARTICLE = "ukraine-denmark-military-production";
    private static final String CACHE_PROPERTY = "dossier.cache";

    @TempDir
    Path cache;

    @BeforeEach
    void useTemporaryCache() {
        System.setProperty(CACHE_PROPERTY, cache.toString());
    }

    @AfterEach
    void forgetTemporaryCache() {
        System.clearProperty(CACHE_PROPERTY);
    }

    @Test
    void text_output_lists_entities_then_articles_with_date_hits_and_snippet() {
        Run run = Dossier.run("search", "smetanin");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.outLines();
        assertTrue(lines.get(0).matches("\\d+ entit(y|ies):"), lines.get(0));
        assertEquals("  Herman Smetanin (person, herman-smetanin)", lines.get(1), "the name ranks above summaries");
        int articles = lines.indexOf("1 article:");
        assertEquals("", lines.get(articles - 1));
        assertEquals("  Ukraine and Denmark Collaborate on Military Production in Denmark", lines.get(articles + 1));
        assertTrue(lines.get(articles + 2).matches("    " + ARTICLE + " · date not given · \\d+ hits?"), lines.get(articles + 2));
        assertTrue(lines.get(articles + 3).contains("**Herman Smetanin**"), lines.get(articles + 3));
    }

    @Test
    void json_output_escapes_a_title_as_it_escapes_the_snippet(@TempDir Path temp) {
        TestStore store = TestStore.in(temp).replace(TestStore.A2, "\"title\": \"Ukraine builds\"",
                "\"title\": \"R&D <2024> builds\"");
        Run run = Dossier.run("search", "builds", "--json", "--data", store.dir().toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonObject article = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("articles").get(0)
                .getAsJsonObject();
        assertEquals("R&amp;D &lt;2024&gt; builds", article.get("title").getAsString());
        assertTrue(article.get("snippet").getAsString().contains("<b>builds</b>"), article.toString());
    }

    @Test
    void a_cyrillic_alias_finds_the_entity_and_the_article_that_mentions_it() {
        Run run = Dossier.run("search", "Зеленський");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Volodymyr Zelensky (person, volodymyr-zelensky), alias \"Зеленський\""), run.out());
        assertTrue(run.out().contains(ARTICLE), run.out());
    }

    @Test
    void json_output_has_the_query_timing_entities_and_articles() {
        Run run = Dossier.run("search", "danish", "production", "--json", "--limit", "3");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(Set.of("query", "took_ms", "notice", "entities", "articles"), json.keySet());
        assertEquals("danish production", json.get("query").getAsString());
        assertTrue(json.get("took_ms").getAsLong() >= 0);
        assertTrue(json.get("notice").isJsonNull());
        JsonArray articles = json.getAsJsonArray("articles");
        assertEquals(1, articles.size());
        JsonObject article = articles.get(0).getAsJsonObject();
        assertEquals(Set.of("id", "title", "score", "hits", "snippet"), article.keySet());
        assertEquals(ARTICLE, article.get("id").getAsString());
        assertTrue(article.get("hits").getAsInt() >= 2);
        assertTrue(article.get("snippet").getAsString().contains("<b>"), article.get("snippet").getAsString());
        for (var entity : json.getAsJsonArray("entities")) {
            assertEquals(Set.of("id", "name", "kind", "score"), entity.getAsJsonObject().keySet());
        }
    }

    @Test
    void the_limit_caps_entities_and_articles_alike() {
        JsonObject json = JsonParser.parseString(Dossier.run("search", "ukraine", "--json", "--limit=1").out()).getAsJsonObject();
        assertEquals(1, json.getAsJsonArray("entities").size());
        assertEquals(1, json.getAsJsonArray("articles").size());
    }

    @Test
    void nothing_found_still_exits_0() {
        Run run = Dossier.run("search", "zeppelin");
        assertEquals(0, run.exitCode());
        assertEquals(List.of("Nothing matches zeppelin."), run.outLines());
    }

    @Test
    void nothing_found_for_a_pasted_text_repeats_only_its_beginning() {
        Run run = Dossier.run("search", "zeppelin " + "airship ".repeat(10_000));
        assertEquals(List.of("Nothing matches zeppelin" + " airship".repeat(8) + "…."), run.outLines());
    }

    @Test
    void a_query_read_otherwise_than_typed_is_noted_on_standard_error() {
        Run run = Dossier.run("search", "\"landmark agreement");
        assertEquals(0, run.exitCode());
        assertEquals(List.of("dossier: note: the quote before 'landmark agreement' is not closed, so its words were"
                + " searched as plain words"), run.errLines());
        assertTrue(run.out().contains(ARTICLE), run.out());
    }

    @Test
    void a_query_beyond_the_search_engines_limits_is_cut_with_a_note_not_a_stack_trace() {
        String[] args = new String[1_026];
        args[0] = "search";
        for (int i = 1; i < args.length; i++) {
            args[i] = i == 1 ? "denmark" : "OR w" + i;
        }
        Run run = Dossier.run(args);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("dossier: note: the query is too long: only its first 256 words, phrases and filters"
                + " were searched"), run.errLines());
        assertTrue(run.out().contains(ARTICLE), run.out());

        String[] json = java.util.Arrays.copyOf(args, args.length + 1);
        json[args.length] = "--json";
        JsonObject result = JsonParser.parseString(Dossier.run(json).out()).getAsJsonObject();
        assertEquals("the query is too long: only its first 256 words, phrases and filters were searched",
                result.get("notice").getAsString());
    }

    @Test
    void a_query_starting_with_a_minus_goes_after_a_double_dash() {
        Run run = Dossier.run("search", "--", "-russia", "denmark");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Denmark (country, denmark)"), run.out());
        assertTrue(!run.out().contains(ARTICLE), "the article mentions Russia: " + run.out());
        assertTrue(Dossier.run("search", "--", "-zeppelin", "denmark").out().contains(ARTICLE));
    }

    @Test
    void without_a_query_it_says_what_to_do() {
        assertUsageError(Dossier.run("search"), "dossier: say what to search for, as in: dossier search defence exports");
    }

    @Test
    void a_limit_that_is_not_a_positive_number_is_a_usage_error() {
        assertUsageError(Dossier.run("search", "ukraine", "--limit", "many"),
                "dossier: --limit needs a whole number from 1 to 2147483647, not 'many'");
        assertUsageError(Dossier.run("search", "ukraine", "--limit", "0"),
                "dossier: --limit needs a whole number from 1 to 2147483647, not '0'");
        assertUsageError(Dossier.run("search", "ukraine", "--limit"), "dossier: --limit needs a value after it");
    }

    @Test
    void a_missing_store_exits_1() {
        Run run = Dossier.run("search", "ukraine", "--data", cache.resolve("nowhere").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("does not exist"), run.err());
    }

    @Test
    void the_usage_explains_the_query_language() {
        Run run = Dossier.run("search", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: dossier search QUERY..."), run.out());
        for (String word : List.of("OR", "kind:", "entity:", "before:", "after:", "--limit", "--json")) {
            assertTrue(run.out().contains(word), word);
        }
    }

    @Test
    void the_general_usage_lists_search() {
        assertTrue(Dossier.run("help").out().contains("  search   search the articles and entities of a store"));
    }
}
