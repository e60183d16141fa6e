package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.cli.Dossier.Run;
import org.dossier.importer.ImportFile;
import org.dossier.store.TestStore;
import org.dossier.testing.PropertyCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: importing any file (see {@link ImportFile}: random bytes, random text, or shapes of CSV, HTML,
 * Markdown, JSON and text with their usual mistakes) either imports it or says why not, and the store passes
 * {@code check} afterwards, with nothing written outside it.
 */
class RandomImportTest {

    @Test
    void no_file_imported_breaks_the_store(@TempDir Path temp) {
        PropertyCheck.forAllIn(temp, 100, ImportFile::next, (file, here) -> {
            TestStore store = TestStore.in(here);
            Path input = Files.write(Files.createDirectories(here.resolve("in")).resolve(file.name()), file.bytes());
            Run imported = Dossier.run("import", input.toString(), "--data", store.dir().toString());
            assertTrue(imported.exitCode() == 0 || imported.exitCode() == 1, imported::err);
            Run check = Dossier.run("check", "--data", store.dir().toString());
            assertEquals(0, check.exitCode(), () -> "after import: " + imported.out() + imported.err() + "\n" + check.out());
            try (var inside = Files.list(here)) {
                assertEquals(2, inside.count(), "nothing is written beside the store and the input");
            }
        });
    }
}
