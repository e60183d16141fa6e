package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dossier.cli.Dossier.Run;
import org.dossier.store.DecisionsFile;
import org.dossier.store.StoreLock;
import org.junit.jupiter.api.Test;

/** {@code dossier suggest}: suggestions as JSON, acceptance written to the store, rejection kept, bad arguments. */
class SuggestCommandTest extends NewsStoreTest {

    @Test
    void entities_are_printed_as_json_best_first_with_variants_counts_and_an_example() throws IOException {
        Path dir = store();
        Run run = Dossier.run("suggest", "entities", "--json", "--data", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonArray all = JsonParser.parseString(run.out()).getAsJsonArray();
        JsonObject kallas = all.asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("name").getAsString().equals("Kaja Kallas")).findFirst().orElseThrow();
        assertEquals("person", kallas.get("kind").getAsString());
        assertEquals(3, kallas.get("mentions").getAsInt());
        assertEquals(2, kallas.get("articles").getAsInt());
        assertTrue(kallas.get("confidence").getAsDouble() > 0.5);
        assertTrue(kallas.getAsJsonObject("example").get("sentence").getAsString().contains("Kaja Kallas"));
        assertTrue(kallas.has("variants"));
    }

    @Test
    void accepting_the_top_entities_writes_them_and_then_their_relations_can_be_accepted() throws IOException {
        Path dir = store();
        Run accept = Dossier.run("suggest", "entities", "--accept-top", "3", "--data", dir.toString());
        assertEquals(0, accept.exitCode(), accept.err());
        assertTrue(accept.out().contains("Accepted Kaja Kallas (person, id kaja-kallas): 3 mentions linked in 2 articles"),
                accept.out());
        assertEquals(0, Dossier.run("check", "--data", dir.toString()).exitCode());
        Run relations = Dossier.run("suggest", "relations", "--json", "--data", dir.toString());
        JsonArray all = JsonParser.parseString(relations.out()).getAsJsonArray();
        assertTrue(all.asList().stream().anyMatch(e -> e.getAsJsonObject().get("type").getAsString()
                .equals("prime_minister_of")), relations.out());
        Run add = Dossier.run("suggest", "relations", "--accept-top", "1", "--data", dir.toString());
        assertEquals(0, add.exitCode(), add.err());
        assertTrue(Dossier.run("list", "relations", "--data", dir.toString()).out().contains("prime_minister_of"));
        assertEquals(0, Dossier.run("check", "--data", dir.toString()).exitCode());
    }

    @Test
    void a_rejected_name_is_kept_in_the_store_and_not_suggested_again() throws IOException {
        Path dir = store();
        Run reject = Dossier.run("suggest", "entities", "--reject", "Olaf Scholz", "--data", dir.toString());
        assertEquals(0, reject.exitCode(), reject.err());
        assertTrue(Files.readString(dir.resolve(DecisionsFile.FILE)).contains("Olaf Scholz"));
        Run again = Dossier.run("suggest", "entities", "--data", dir.toString());
        assertFalse(again.out().contains("Olaf Scholz"), again.out());
        assertTrue(again.out().contains("Kaja Kallas"), again.out());
    }

    @Test
    void a_damaged_decisions_file_is_reported_by_check_with_its_place_and_not_overwritten() throws IOException {
        Path dir = store();
        Files.writeString(dir.resolve(DecisionsFile.FILE), "{\"rejectedNames\": [1]}");
        Run check = Dossier.run("check", "--data", dir.toString());
        assertEquals(1, check.exitCode());
        assertTrue(check.out().contains("decisions.json:1:"), check.out());
        Run reject = Dossier.run("suggest", "entities", "--reject", "X", "--data", dir.toString());
        assertEquals(1, reject.exitCode());
        assertEquals("{\"rejectedNames\": [1]}", Files.readString(dir.resolve(DecisionsFile.FILE)));
    }

    @Test
    void bad_arguments_exit_2_with_the_usage() throws IOException {
        Path dir = store();
        assertEquals(2, Dossier.run("suggest", "--data", dir.toString()).exitCode());
        assertEquals(2, Dossier.run("suggest", "people", "--data", dir.toString()).exitCode());
        assertEquals(2, Dossier.run("suggest", "entities", "--limit", "0", "--data", dir.toString()).exitCode());
        assertEquals(2, Dossier.run("suggest", "relations", "--kind", "person", "--data", dir.toString()).exitCode());
        Run both = Dossier.run("suggest", "entities", "--reject", "X", "--accept-top", "1", "--data", dir.toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("Usage: dossier suggest"), both.err());
    }

    @Test
    void accepting_and_rejecting_wait_for_the_store_lock_like_every_writer() throws Exception {
        Path dir = store();
        System.setProperty(StoreLock.WAIT_PROPERTY, "0");
        try (StoreLock held = StoreLock.acquire(dir, Duration.ofSeconds(5), m -> { })) {
            Run reject = Dossier.run("suggest", "entities", "--reject", "Olaf Scholz", "--data", dir.toString());
            assertEquals(1, reject.exitCode(), reject.err());
            assertTrue(reject.err().contains("nothing was changed"), reject.err());
            Run accept = Dossier.run("suggest", "entities", "--accept-top", "1", "--data", dir.toString());
            assertEquals(1, accept.exitCode(), accept.err());
        } finally {
            System.clearProperty(StoreLock.WAIT_PROPERTY);
        }
        assertFalse(Files.exists(dir.resolve(DecisionsFile.FILE)));
        assertEquals(0, Dossier.run("suggest", "entities", "--reject", "Olaf Scholz", "--data", dir.toString()).exitCode());
    }
}
