package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import org.dossier.cli.Dossier.Run;
import org.dossier.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names and messages from a store are printed so that they cannot forge output: a line break in a file name
 * cannot start a problem line of its own, and escape sequences or bidirectional overrides never reach the
 * terminal. JSON output carries the names exactly, escaped by Gson.
 */
class EscapedOutputTest {

    private static final String FORGING_NAME = "evil\n:1:1: fake problem";

    @TempDir
    Path temp;

    private static void assertNoControlCharacters(String output) {
        output.lines().forEach(line -> line.chars().forEach(c -> assertFalse(c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == 0x202e || c == 0x2066, () -> "character " + Integer.toHexString(c) + " in: " + line)));
    }

    @Test
    void a_file_name_with_a_line_break_cannot_print_a_problem_line_of_its_own() {
        TestStore store = TestStore.in(temp).write("articles/" + FORGING_NAME + ".json", TestStore.A2_JSON);
        Run run = Dossier.run("check", "--data", store.dir().toString());
        assertEquals(1, run.exitCode());
        List<String> lines = run.outLines();
        assertEquals(2, lines.size(), run.out());
        assertEquals("articles/evil\\n:1:1: fake problem.json:2:9: $.id: the article's id 'a2' does not match its file"
                + " name 'evil\\n:1:1: fake problem.json'", lines.get(1));
        assertNoControlCharacters(run.out());

        Run json = Dossier.run("check", "--data", store.dir().toString(), "--json");
        assertEquals("articles/" + FORGING_NAME + ".json", JsonParser.parseString(json.out()).getAsJsonObject()
                .getAsJsonArray("problems").get(0).getAsJsonObject().get("file").getAsString());
    }

    @Test
    void escape_sequences_and_bidirectional_overrides_in_names_never_reach_the_terminal() {
        TestStore store = TestStore.in(temp).replace(TestStore.ENTITIES, "\"name\": \"Ukraine\"",
                "\"name\": \"\\u001b[31mUkr\\u202eaine\\u2066\\u009b\\u007f\"");
        for (List<String> command : List.of(List.of("list", "entities"), List.of("search", "ukr*"),
                List.of("neighbors", "ukraine"), List.of("path", "ukraine", "denmark"), List.of("check"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--data", store.dir().toString()));
            Run run = Dossier.run(args.toArray(String[]::new));
            assertNoControlCharacters(run.out());
            assertNoControlCharacters(run.err());
        }
        Run list = Dossier.run("list", "entities", "--data", store.dir().toString());
        assertTrue(list.out().contains("\\u001b[31mUkr\\u202eaine\\u2066\\u009b\\u007f"), list.out());
    }

    @Test
    void safe_text_writes_unsafe_characters_as_escapes_and_leaves_the_rest_alone() {
        assertEquals("a\\nb\\r\\tc\\u0000\\u001b\\u007f\\u0085\\u200f\\u2028\\u202e\\u2069",
                TerminalText.safe("a\nb\r\tc\u0000\u001b\u007f\u0085\u200f\u2028\u202e\u2069"));
        String ordinary = "Україна — “Ukraine’s” 🇺🇦 ü \\ é";
        assertTrue(ordinary == TerminalText.safe(ordinary), "nothing to escape: the same text");
    }
}
