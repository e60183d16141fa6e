package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier export}, as a user types it. */
class ExportCommandTest {

    @TempDir
    Path temp;

    @Test
    void each_format_is_written_with_a_line_saying_what_and_the_times_on_standard_error() throws Exception {
        Dossier.Run ftm = Dossier.run("export", "ftm", "--out", temp.resolve("seed.ftm.json").toString());
        assertEquals(0, ftm.exitCode(), ftm.err());
        assertEquals("Wrote 60 FtM entities (13 entities, 16 relations, 1 article, 23 mentions) to "
                + temp.resolve("seed.ftm.json") + "\n", ftm.out());
        assertTrue(ftm.err().matches("(?s).*Loaded the store in \\d+\\.\\d s \\(\\d+\\.\\d s of processor time\\); "
                + "exported it in \\d+\\.\\d s \\(\\d+\\.\\d s\\)\n"), ftm.err());
        Dossier.Run csv = Dossier.run("export", "csv", "--out", temp.resolve("csv").toString());
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().startsWith("Wrote entities.csv (13 rows), relations.csv (18)"), csv.out());
        Dossier.Run vault = Dossier.run("export", "markdown", "--out", temp.resolve("vault").toString());
        assertEquals(0, vault.exitCode(), vault.err());
        assertTrue(vault.out().startsWith("Wrote an Obsidian vault of 14 notes (49 wikilinks)"), vault.out());
    }

    @Test
    void a_wrong_command_line_says_what_is_missing() {
        Dossier.Run none = Dossier.run("export");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().startsWith("dossier: say what to export: ftm, csv or markdown\n"), none.err());
        Dossier.Run pdf = Dossier.run("export", "pdf", "--out", "x");
        assertEquals(2, pdf.exitCode());
        assertTrue(pdf.err().startsWith("dossier: cannot export 'pdf': choose ftm, csv or markdown"), pdf.err());
        Dossier.Run noOut = Dossier.run("export", "csv");
        assertEquals(2, noOut.exitCode());
        assertTrue(noOut.err().startsWith("dossier: say where to write, as in: dossier export csv --out /tmp/csv"),
                noOut.err());
    }

    @Test
    void an_export_into_the_store_folder_is_refused_so_no_store_file_is_replaced() throws Exception {
        TestStore store = TestStore.in(temp.resolve("store"));
        byte[] entities = Files.readAllBytes(store.dir().resolve("entities.json"));
        Dossier.Run run = Dossier.run("export", "ftm", "--data", store.dir().toString(), "--out",
                store.dir().resolve("entities.json").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("is inside the store folder"), run.err());
        assertEquals(new String(entities), Files.readString(store.dir().resolve("entities.json")));
    }

    @Test
    void a_folder_of_the_users_own_files_is_not_replaced() throws Exception {
        Path mine = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(mine.resolve("mine.md"), "mine");
        Dossier.Run run = Dossier.run("export", "markdown", "--out", mine.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("dossier: nothing was exported to " + mine + ": '" + mine
                + "' already holds files that an earlier export did not write"), run.err());
        assertEquals("mine", Files.readString(mine.resolve("mine.md")));
        assertFalse(Files.exists(mine.resolve("Index.md")));
    }
}
