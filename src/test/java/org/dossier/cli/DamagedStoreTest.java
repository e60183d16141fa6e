package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dossier.cli.Dossier.Run;
import org.dossier.store.LoadResult;
import org.dossier.store.Problem;
import org.dossier.store.StoreDamage;
import org.dossier.store.StoreReader;
import org.dossier.store.TestStore;
import org.dossier.testing.PropertyCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: a valid store with one file damaged at random (see {@link StoreDamage}) loads and is checked without
 * an exception; every problem names its file and a place in it; every file with a problem counts as damaged, so
 * it is never written over; and neither loading nor {@code check} writes a single byte.
 */
class DamagedStoreTest {

    @Test
    void a_randomly_damaged_store_is_reported_file_and_place_and_never_written(@TempDir Path temp) {
        PropertyCheck.forAllIn(temp, 120, StoreDamage::next, (damage, folder) -> {
            TestStore store = TestStore.in(folder).writeBytes(damage.file(), damage.bytes());
            Map<String, byte[]> before = bytes(store.dir());

            LoadResult loaded = StoreReader.load(store.dir());
            for (Problem p : loaded.problems()) {
                assertFalse(p.file().isEmpty(), p::toString);
                // A line (and the JSON path where there is one), but for what is about the file as a whole.
                assertTrue(p.line() >= 1 || p.message().startsWith("the file "), () -> "no place: " + p);
                assertTrue(!Files.isRegularFile(store.file(p.file())) || loaded.damagedFiles().contains(p.file()),
                        () -> p.file() + " has a problem but could be written over: " + p);
            }
            Run check = Dossier.run("check", "--data", store.dir().toString());
            assertTrue(check.exitCode() == 0 || check.exitCode() == 1, check::err);
            assertEquals(loaded.problems().size() + 1, check.outLines().size(), "one line a problem: " + check.out());
            Run json = Dossier.run("check", "--data", store.dir().toString(), "--json");
            assertEquals(loaded.problems().size(), JsonParser.parseString(json.out()).getAsJsonObject()
                    .getAsJsonArray("problems").size());

            Map<String, byte[]> after = bytes(store.dir());
            assertEquals(before.keySet(), after.keySet(), "no file was added or removed");
            before.forEach((file, content) -> assertArrayEquals(content, after.get(file), file + " was written"));
        });
    }

    private static Map<String, byte[]> bytes(Path dir) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return all;
    }
}
