package org.dossier.cli;

import static org.dossier.cli.CommandLineTest.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.cli.Dossier.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole numbers on the command line are read exactly: one that does not fit is refused as typed, with the
 * range allowed, never wrapped around (4294967297 ran as depth 1) or silently clamped (--articles 99999999999
 * started writing 2,147,483,647 articles).
 */
class NumberOptionsTest {

    @TempDir
    Path temp;

    @Test
    void a_depth_beyond_the_range_is_refused_as_typed_not_wrapped_around() {
        for (String depth : new String[] {"4294967297", "99999999999", "4", "0", "-1", "99999999999999999999999", "1.5", "x"}) {
            assertUsageError(Dossier.run("neighbors", "denmark", "--depth", depth),
                    "dossier: --depth needs a whole number from 1 to 3, not '" + depth + "'");
        }
        assertEquals(0, Dossier.run("neighbors", "denmark", "--depth", "3").exitCode());
    }

    @Test
    void other_number_options_say_their_range() {
        assertUsageError(Dossier.run("search", "ukraine", "--limit", "2147483648"),
                "dossier: --limit needs a whole number from 1 to 2147483647, not '2147483648'");
        assertUsageError(Dossier.run("bench", "--runs", "0"), "dossier: --runs needs a whole number from 1 to 1000, not '0'");
        assertUsageError(Dossier.run("generate", "--out", temp.resolve("g").toString(), "--seed", "9223372036854775808"),
                "dossier: --seed needs a whole number from -9223372036854775808 to 9223372036854775807,"
                        + " not '9223372036854775808'");
    }

    @Test
    void generate_refuses_counts_beyond_its_documented_maximum_before_writing_anything() {
        Path out = temp.resolve("huge");
        assertUsageError(Dossier.run("generate", "--out", out.toString(), "--articles", "99999999999"),
                "dossier: --articles needs a whole number from 0 to 1000000, not '99999999999'");
        assertUsageError(Dossier.run("generate", "--out", out.toString(), "--entities", "2147483648"),
                "dossier: --entities needs a whole number from 2 to 200000, not '2147483648'");
        assertFalse(Files.exists(out));
        Run usage = Dossier.run("generate", "--help");
        assertTrue(usage.out().contains("at most 1,000,000") && usage.out().contains("at most 200,000"), usage.out());
    }
}
