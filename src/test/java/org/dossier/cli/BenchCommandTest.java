package org.dossier.cli;

import static org.dossier.cli.CommandLineTest.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import org.dossier.cli.Dossier.Run;
import org.dossier.generate.StoreGenerator;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * {@code dossier bench} on small stores. Timings are not checked, only that every figure is there, counts are
 * right, and nothing is left behind. The render measure runs on the tests' headless toolkit (Monocle).
 */
class BenchCommandTest {

    private static final Set<String> KEYS = Set.of("articles", "entities", "relations", "mentions", "problems",
            "store_mb", "cores", "max_heap_mb", "runs", "raw_parse_ms", "raw_parse_runs_ms", "load_ms", "load_runs_ms",
            "load_ratio", "heap_mb", "index_ms", "index_open_ms", "search_queries", "search_p50_ms", "search_p95_ms",
            "search_baseline_ms", "render_article", "render_article_chars", "article_render_ms",
            "article_render_p50_ms", "sidebar_render_ms", "sidebar_render_p50_ms", "render_unavailable");
    private static final Pattern TEMP_FOLDER = Pattern.compile("Temporary folder (.+) \\(deleted at the end\\)");

    @TempDir
    Path temp;

    /**
     * The toolkit runs before the benchmark does, as in the rest of the suite, so the benchmark joins it and leaves
     * it running for the GUI tests that come after.
     */
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        assertFalse(Platform.isFxApplicationThread());
    }

    @Test
    void json_has_every_figure_with_counts_of_the_store_and_leaves_no_temporary_folder() throws Exception {
        Path store = temp.resolve("store");
        new StoreGenerator(30, 40, 7).writeTo(store, (done, total) -> { });
        Run run = Dossier.run("bench", "--data", store.toString(), "--json", "--runs", "2");
        assertEquals(0, run.exitCode(), run.err());

        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(KEYS, json.keySet());
        KnowledgeBase kb = StoreReader.load(store).knowledgeBase();
        assertEquals(30, json.get("articles").getAsInt());
        assertEquals(kb.entities().size(), json.get("entities").getAsInt());
        assertEquals(kb.relations().size(), json.get("relations").getAsInt());
        assertEquals(kb.totalMentions(), json.get("mentions").getAsInt());
        assertEquals(0, json.get("problems").getAsInt());
        assertEquals(Runtime.getRuntime().availableProcessors(), json.get("cores").getAsInt());
        assertEquals(2, json.get("runs").getAsInt());
        assertEquals(2, json.getAsJsonArray("raw_parse_runs_ms").size());
        assertEquals(2, json.getAsJsonArray("load_runs_ms").size());
        assertEquals(30, json.get("search_queries").getAsInt());
        assertTrue(json.get("render_unavailable").isJsonNull(), json.get("render_unavailable").toString());
        assertTrue(kb.article(json.get("render_article").getAsString()) != null);
        for (Map.Entry<String, JsonElement> e : json.entrySet()) {
            JsonElement v = e.getValue();
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
                assertTrue(v.getAsDouble() >= 0, e.getKey() + " = " + v);
            } else if (v.isJsonArray()) {
                v.getAsJsonArray().forEach(x -> assertTrue(x.getAsDouble() >= 0, e.getKey() + " = " + v));
            } else if (!e.getKey().equals("render_article") && !e.getKey().equals("render_unavailable")) {
                throw new AssertionError(e.getKey() + " should be a number: " + v);
            }
        }
        assertTrue(json.get("store_mb").getAsDouble() > 0);
        double ratio = json.get("load_ms").getAsDouble() / json.get("raw_parse_ms").getAsDouble();
        assertEquals(ratio, json.get("load_ratio").getAsDouble(), 0.01 + ratio * 0.01, "load_ratio = load_ms / raw_parse_ms");
        assertTrue(json.get("article_render_p50_ms").getAsDouble() <= json.get("article_render_ms").getAsDouble());
        assertTrue(json.get("search_p50_ms").getAsDouble() <= json.get("search_p95_ms").getAsDouble());

        Matcher folder = TEMP_FOLDER.matcher(run.err());
        assertTrue(folder.find(), run.err());
        assertFalse(Files.exists(Path.of(folder.group(1))), "the temporary folder is deleted: " + folder.group(1));
    }

    @Test
    void a_store_with_problems_is_measured_and_the_problems_are_counted() throws Exception {
        Path store = copyOfBundledStore(temp.resolve("broken"));
        Files.writeString(store.resolve("articles/broken.json"), "{ \"id\": ");
        Run run = Dossier.run("bench", "--data", store.toString(), "--runs", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("problems +1 .*")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("articles +1")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("article_render_ms ")), run.out());
        assertTrue(run.err().contains("1 problem in the store"), run.err());
        assertTrue(run.err().contains("loading the store"), "phases are said on stderr: " + run.err());
        assertFalse(run.out().contains("loading the store"), "stdout holds only the result");
    }

    private static Path copyOfBundledStore(Path to) {
        return org.dossier.store.TestStore.copyFolder(Path.of("data"), to);
    }

    @Test
    void wrong_arguments_are_usage_errors() {
        assertUsageError(Dossier.run("bench", "--runs", "0"), "dossier: --runs needs a whole number from 1 to 1000, not '0'");
        assertUsageError(Dossier.run("bench", "--runs", "many"),
                "dossier: --runs needs a whole number from 1 to 1000, not 'many'");
        assertUsageError(Dossier.run("bench", "extra"), "dossier: unexpected argument 'extra'");
        assertUsageError(Dossier.run("bench", "--fast"), "dossier: unknown option '--fast'");
    }

    @Test
    void a_missing_store_folder_is_named_with_exit_2() {
        Path missing = temp.resolve("no-such-store");
        Run run = Dossier.run("bench", "--data", missing.toString());
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("'" + missing.toAbsolutePath() + "'"), run.err());
    }

    @Test
    void help_lists_the_figures() {
        Run run = Dossier.run("bench", "--help");
        assertEquals(0, run.exitCode());
        assertNotNull(run.out());
        assertTrue(run.out().startsWith("Usage: dossier bench [--data DIR] [--json] [--runs N]"), run.out());
        assertTrue(run.out().contains("load_ratio"), run.out());
        assertTrue(Dossier.run("help").out().contains("bench"));
    }
}
