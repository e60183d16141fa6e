package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.cli.Dossier.Run;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.LoadResult;
import org.dossier.store.Problem;
import org.dossier.store.StoreReader;
import org.dossier.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier check}: the summary, the problems, and the exit status that tells them apart. */
class CheckCommandTest {

    @TempDir
    Path temp;

    @Test
    void the_bundled_store_is_valid() {
        KnowledgeBase kb = StoreReader.load(Path.of("data")).knowledgeBase();
        Run run = Dossier.run("check");
        assertEquals(0, run.exitCode(), run.out());
        assertEquals("", run.err());
        assertEquals(List.of(kb.articles().size() + " article" + (kb.articles().size() == 1 ? "" : "s") + ", "
                + kb.entities().size() + " entities, " + kb.relations().size() + " relations, "
                + kb.totalMentions() + " mentions; no problems"), run.outLines());
    }

    @Test
    void a_store_with_a_problem_exits_1_and_lists_it_as_file_line_column_path_message() {
        TestStore store = brokenStore();
        Problem expected = TestStore.onlyProblem(store.load());
        Run run = Dossier.run("check", "--data", store.dir().toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.err());
        assertEquals(List.of("2 articles, 3 entities, 2 relations, 5 mentions; 1 problem:", expected.toString()),
                run.outLines());
        assertTrue(run.outLines().get(1).startsWith("articles/a1.json:14:"), run.out());
        assertTrue(run.outLines().get(1).contains(": $.mentions[4].entity: "), run.out());
    }

    @Test
    void several_problems_are_all_listed_in_the_order_found() {
        TestStore store = brokenStore().replace(TestStore.RELATIONS, "\"subject\": \"denmark\"", "\"subject\": \"sweden\"");
        LoadResult loaded = store.load();
        Run run = Dossier.run("check", "--data", store.dir().toString());
        assertEquals(1, run.exitCode());
        assertEquals("2 articles, 3 entities, 1 relation, 5 mentions; 2 problems:", run.outLines().get(0));
        assertEquals(loaded.problems().stream().map(Problem::toString).toList(), run.outLines().subList(1, 3));
    }

    @Test
    void json_output_of_a_valid_store_has_the_counts_and_no_problems() {
        KnowledgeBase kb = StoreReader.load(Path.of("data")).knowledgeBase();
        Run run = Dossier.run("check", "--json");
        assertEquals(0, run.exitCode());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(Set.of("articles", "entities", "relations", "mentions", "problems"), json.keySet());
        assertEquals(kb.articles().size(), json.get("articles").getAsInt());
        assertEquals(kb.entities().size(), json.get("entities").getAsInt());
        assertEquals(kb.relations().size(), json.get("relations").getAsInt());
        assertEquals(kb.totalMentions(), json.get("mentions").getAsInt());
        assertEquals(0, json.getAsJsonArray("problems").size());
    }

    @Test
    void json_output_lists_each_problem_with_file_line_column_path_and_message() {
        TestStore store = brokenStore();
        Problem expected = TestStore.onlyProblem(store.load());
        Run run = Dossier.run("check", "--json", "--data", store.dir().toString());
        assertEquals(1, run.exitCode());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(5, json.get("mentions").getAsInt());
        JsonArray problems = json.getAsJsonArray("problems");
        assertEquals(1, problems.size());
        JsonObject p = problems.get(0).getAsJsonObject();
        assertEquals(Set.of("file", "line", "column", "path", "message"), p.keySet());
        assertEquals("articles/a1.json", p.get("file").getAsString());
        assertEquals(14, p.get("line").getAsInt());
        assertEquals(expected.column(), p.get("column").getAsInt());
        assertEquals("$.mentions[4].entity", p.get("path").getAsString());
        assertEquals(expected.message(), p.get("message").getAsString());
    }

    @Test
    void options_may_come_in_any_order_after_the_command() {
        TestStore store = brokenStore();
        String dir = store.dir().toString();
        Run a = Dossier.run("check", "--data", dir, "--json");
        Run b = Dossier.run("check", "--json", "--data", dir);
        Run c = Dossier.run("check", "--data=" + dir, "--json");
        assertEquals(a.out(), b.out());
        assertEquals(a.out(), c.out());
        assertEquals(1, a.exitCode());
    }

    @Test
    void a_missing_store_folder_is_a_problem_of_the_store() {
        Path missing = temp.resolve("nowhere");
        Run run = Dossier.run("check", "--data", missing.toString());
        assertEquals(1, run.exitCode());
        assertEquals("0 articles, 0 entities, 0 relations, 0 mentions; 1 problem:", run.outLines().get(0));
        assertTrue(run.outLines().get(1).contains("does not exist"), run.out());
    }

    @Test
    void an_empty_folder_is_a_valid_empty_store() {
        Run run = Dossier.run("check", "--data", temp.toString());
        assertEquals(0, run.exitCode());
        assertEquals(List.of("0 articles, 0 entities, 0 relations, 0 mentions; no problems"), run.outLines());
    }

    /** The small test store with one mention pointing at an entity that does not exist. */
    private TestStore brokenStore() {
        return TestStore.in(temp).replace(TestStore.A1, "\"entity\": \"deal\"", "\"entity\": \"no-such-deal\"");
    }
}
