package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dossier.cli.Dossier.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dispatching: opening the window, help, and every way a command line can be wrong. */
class CommandLineTest {

    @Test
    void no_arguments_open_the_window_on_the_store_it_chooses() {
        Run run = Dossier.run();
        assertEquals(0, run.exitCode());
        assertEquals(java.util.Collections.singletonList(null), run.windows(), "no folder given: the window chooses");
        assertEquals("", run.out());
        assertEquals("", run.err());
    }

    @Test
    void only_data_opens_the_window_on_that_folder() {
        assertEquals(List.of(Path.of("some/store")), Dossier.run("--data", "some/store").windows());
        assertEquals(List.of(Path.of("other")), Dossier.run("--data=other").windows());
    }

    @Test
    void theme_opens_the_window_in_that_theme_for_this_run() {
        Run run = Dossier.run("--theme", "dark", "--data", "some/store");
        assertEquals(0, run.exitCode());
        assertEquals(List.of(Path.of("some/store")), run.windows());
        assertEquals(java.util.Arrays.asList("dark"), run.themes());
        assertEquals(java.util.Arrays.asList((String) null), Dossier.run().themes(), "no --theme: the one remembered");
    }

    @Test
    void an_unknown_theme_is_refused_with_the_three_that_exist() {
        Run run = Dossier.run("--theme=sepia");
        assertEquals(2, run.exitCode());
        assertTrue(run.windows().isEmpty());
        assertTrue(run.err().contains("--theme must be light, dark or system, not 'sepia'"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "-h"})
    void help_prints_the_usage_to_standard_output(String word) {
        Run run = Dossier.run(word);
        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
        assertTrue(run.windows().isEmpty());
        assertGeneralUsage(run.out());
    }

    @Test
    void help_with_data_still_prints_the_usage_and_opens_nothing() {
        Run run = Dossier.run("--data", "x", "--help");
        assertEquals(0, run.exitCode());
        assertGeneralUsage(run.out());
        assertTrue(run.windows().isEmpty());
    }

    @Test
    void the_usage_lists_every_command_with_its_summary() {
        String usage = Dossier.run("help").out();
        for (Command c : Commands.all(org.dossier.bench.LayoutMeasure.NONE)) {
            assertTrue(usage.contains(c.name() + " "), c.name());
            assertTrue(usage.contains(c.summary()), c.summary());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "list", "search"})
    void a_command_with_help_prints_its_own_usage(String command) {
        for (String[] args : List.of(new String[] {command, "--help"}, new String[] {command, "-h"},
                new String[] {"help", command}, new String[] {command, "--data", "x", "--help"})) {
            Run run = Dossier.run(args);
            assertEquals(0, run.exitCode(), String.join(" ", args));
            assertEquals("", run.err());
            assertTrue(run.out().startsWith("Usage: dossier " + command + " "), run.out());
        }
    }

    @Test
    void an_unknown_command_is_named_and_the_usage_goes_to_standard_error() {
        Run run = Dossier.run("frobnicate");
        assertUsageError(run, "dossier: unknown command 'frobnicate'");
        assertGeneralUsage(run.err());
    }

    @Test
    void an_unknown_command_after_data_is_named() {
        assertUsageError(Dossier.run("--data", "x", "frobnicate"), "dossier: unknown command 'frobnicate'");
    }

    @Test
    void help_for_an_unknown_command_is_an_error() {
        assertUsageError(Dossier.run("help", "frobnicate"), "dossier: unknown command 'frobnicate'");
    }

    @Test
    void help_with_two_commands_names_the_extra_one() {
        assertUsageError(Dossier.run("help", "check", "list"), "dossier: unexpected argument 'list'");
    }

    @Test
    void an_unknown_option_without_a_command_is_named() {
        Run run = Dossier.run("--verbose");
        assertUsageError(run, "dossier: unknown option '--verbose'");
        assertGeneralUsage(run.err());
    }

    @Test
    void a_command_option_without_the_command_is_unknown() {
        assertUsageError(Dossier.run("--json"), "dossier: unknown option '--json'");
    }

    @Test
    void an_unknown_option_of_a_command_is_named_with_that_commands_usage() {
        Run run = Dossier.run("check", "--verbose");
        assertUsageError(run, "dossier: unknown option '--verbose'");
        assertTrue(run.err().contains("Usage: dossier check "), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "check", "list entities"})
    void data_without_a_folder_is_an_error(String command) {
        String[] words = command.isEmpty() ? new String[0] : command.split(" ");
        String[] args = java.util.Arrays.copyOf(words, words.length + 1);
        args[words.length] = "--data";
        assertUsageError(Dossier.run(args), "dossier: --data needs the store folder after it, as in --data DIR");
    }

    @Test
    void data_followed_by_an_option_is_missing_its_folder() {
        assertUsageError(Dossier.run("check", "--data", "--json"),
                "dossier: --data needs the store folder after it, as in --data DIR");
        assertUsageError(Dossier.run("check", "--data="),
                "dossier: --data needs the store folder after it, as in --data DIR");
    }

    @Test
    void data_given_twice_is_an_error() {
        assertUsageError(Dossier.run("check", "--data", "a", "--data", "b"),
                "dossier: --data is given twice ('a' and 'b')");
        assertUsageError(Dossier.run("--data", "a", "check", "--data", "b"),
                "dossier: --data is given twice ('a' and 'b')");
    }

    @Test
    void an_extra_argument_is_named() {
        Run run = Dossier.run("check", "extra");
        assertUsageError(run, "dossier: unexpected argument 'extra'");
        assertTrue(run.err().contains("Usage: dossier check "), run.err());
    }

    @Test
    void data_may_come_before_the_command_too() {
        Run run = Dossier.run("--data", "data", "check");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("no problems"), run.out());
    }

    @Test
    void the_usage_shows_how_to_open_the_window_with_the_jar() {
        String usage = Dossier.run("help").out();
        assertTrue(usage.contains("java -jar target/dossier.jar [--data DIR]"), usage);
    }

    private static void assertGeneralUsage(String text) {
        assertTrue(text.contains("Usage: dossier [--data DIR]"), text);
        assertTrue(text.contains("java -jar target/dossier.jar [--data DIR]"), text);
        assertTrue(text.contains("check"), text);
        assertTrue(text.contains("list"), text);
    }

    /** Exit 2, nothing on standard output, no window, the error as the first line of standard error, then usage. */
    static void assertUsageError(Run run, String firstLine) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.windows().isEmpty());
        assertEquals(firstLine, run.errLines().get(0));
        assertTrue(run.err().contains("Usage: dossier"), run.err());
    }
}
