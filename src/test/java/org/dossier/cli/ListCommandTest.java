package org.dossier.cli;

import static org.dossier.cli.CommandLineTest.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.cli.Dossier.Run;
import org.dossier.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier list}: its operand, a store with problems, a missing or empty store. */
class ListCommandTest {

    @TempDir
    Path temp;

    @Test
    void without_what_to_list_it_says_the_choices() {
        Run run = Dossier.run("list");
        assertUsageError(run, "dossier: say what to list: entities, articles or relations");
        assertTrue(run.err().contains("Usage: dossier list entities|articles|relations"), run.err());
    }

    @Test
    void an_unknown_thing_to_list_is_named() {
        assertUsageError(Dossier.run("list", "people"),
                "dossier: cannot list 'people': choose entities, articles or relations");
    }

    @Test
    void a_second_thing_to_list_is_an_extra_argument() {
        assertUsageError(Dossier.run("list", "entities", "articles"), "dossier: unexpected argument 'articles'");
    }

    @Test
    void a_store_with_problems_is_listed_as_far_as_valid_with_a_one_line_warning() {
        TestStore store = TestStore.in(temp)
                .replace(TestStore.ENTITIES, "\"name\": \"Ukraine\"", "\"name\": 7")
                .replace(TestStore.RELATIONS, "\"quote\": \"Denmark supports Ukraine.\"", "\"quote\": \"Denmark.\"");
        int problems = store.load().problems().size();
        assertTrue(problems > 1, "the broken entity also breaks mentions and relations");
        Run run = Dossier.run("list", "entities", "--data", store.dir().toString());
        assertEquals(0, run.exitCode());
        assertEquals(List.of(problems + " problems in the store; run 'dossier check' for details"), run.errLines());
        List<String> ids = run.outLines().stream().skip(1).map(l -> l.split(" ")[0]).toList();
        assertEquals(List.of("denmark", "deal"), ids);
    }

    @Test
    void one_problem_is_warned_about_in_the_singular() {
        TestStore store = TestStore.in(temp).replace(TestStore.A2, "\"text\": \"Ukraine\"", "\"text\": \"Ukrainx\"");
        Run run = Dossier.run("list", "articles", "--json", "--data", store.dir().toString());
        assertEquals(0, run.exitCode());
        assertEquals(List.of("1 problem in the store; run 'dossier check' for details"), run.errLines());
        JsonArray array = JsonParser.parseString(run.out()).getAsJsonArray();
        JsonObject a2 = array.get(1).getAsJsonObject();
        assertEquals(0, a2.get("mentions").getAsInt(), "the bad mention is left out, the article is not");
    }

    @Test
    void a_missing_store_folder_is_an_error_not_an_empty_list() {
        Path missing = temp.resolve("nowhere");
        Run run = Dossier.run("list", "entities", "--data", missing.toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().size());
        assertTrue(run.err().startsWith("dossier: the store folder '"), run.err());
        assertTrue(run.err().contains("does not exist"), run.err());
    }

    @Test
    void a_file_given_as_the_store_is_an_error() throws Exception {
        Path file = Files.writeString(temp.resolve("store.txt"), "not a store");
        Run run = Dossier.run("list", "relations", "--data", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("is a file, not a store folder"), run.err());
    }

    @Test
    void an_empty_store_says_so_in_text_and_gives_an_empty_array_in_json() {
        Run text = Dossier.run("list", "entities", "--data", temp.toString());
        assertEquals(0, text.exitCode());
        assertEquals(List.of("No entities in the store."), text.outLines());
        assertEquals("", text.err());
        Run json = Dossier.run("list", "relations", "--json", "--data", temp.toString());
        assertEquals(0, JsonParser.parseString(json.out()).getAsJsonArray().size());
    }
}
