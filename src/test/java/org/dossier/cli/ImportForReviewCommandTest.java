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
import org.dossier.cli.Dossier.Run;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.ListedEntriesFile;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.Test;

/**
 * {@code dossier import-entities --for-review}, then {@code dossier suggest entities}: the list's entries that the
 * articles mention are proposed as coming from the list, and are accepted or rejected like any suggestion.
 */
class ImportForReviewCommandTest extends NewsStoreTest {

    private Path list() throws IOException {
        return Files.writeString(temp.resolve("leaders.csv"), """
                name,kind,aliases,summary
                Kaja Kallas,person,Kallas;Kaja Kallas-Kõiv,Prime Minister of Estonia since 2021.
                Olaf Scholz,person,Scholz,Chancellor of Germany.
                Oleg Deripaska,person,Deripaska,A businessman under sanctions.
                """);
    }

    private static JsonObject suggestion(Path dir, String name) {
        Run run = Dossier.run("suggest", "entities", "--json", "--data", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonArray all = JsonParser.parseString(run.out()).getAsJsonArray();
        return all.asList().stream().map(e -> e.getAsJsonObject()).filter(o -> o.get("name").getAsString().equals(name))
                .findFirst().orElse(null);
    }

    @Test
    void entries_for_review_are_kept_counted_proposed_from_their_list_and_accepted_with_all_the_list_says()
            throws IOException {
        Path dir = store();
        Run run = Dossier.run("import-entities", list().toString(), "--for-review", "--json", "--data", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonObject summary = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(0, summary.getAsJsonArray("created").size());
        assertEquals("{\"entries\":3,\"new\":3,\"mentioned\":2}", summary.get("review").toString());
        assertTrue(StoreReader.load(dir).knowledgeBase().entities().isEmpty(), "no entity is made yet");
        assertTrue(Files.readString(dir.resolve(ListedEntriesFile.FILE)).contains("\"source\": \"leaders.csv\""));
        assertEquals(0, Dossier.run("check", "--data", dir.toString()).exitCode());

        Run again = Dossier.run("import-entities", list().toString(), "--for-review", "--data", dir.toString());
        assertTrue(again.out().startsWith("Kept 3 entries for review (0 new to the store's review list); the articles "
                + "mention 2 of them today"), again.out());
        assertEquals(3, StoreReader.load(dir).knowledgeBase().listedEntries().size(), "importing again adds nothing");

        JsonObject kallas = suggestion(dir, "Kaja Kallas");
        assertEquals("leaders.csv", kallas.get("source").getAsString());
        assertEquals("person", kallas.get("kind").getAsString());
        assertEquals("Prime Minister of Estonia since 2021.", kallas.get("summary").getAsString());
        assertTrue(kallas.getAsJsonArray("variants").toString().contains("Kaja Kallas-Kõiv"), kallas.toString());
        assertTrue(Dossier.run("suggest", "entities", "--data", dir.toString()).out().contains("(from leaders.csv)"));
        assertEquals(null, suggestion(dir, "Oleg Deripaska"), "never mentioned: not proposed");
        Path later = Files.writeString(temp.resolve("later.csv"), "headline,body\n"
                + "Deripaska in court,Businessman Oleg Deripaska lost his case. Oleg Deripaska will appeal.\n");
        assertEquals(0, Dossier.run("import", later.toString(), "--data", dir.toString()).exitCode());
        assertEquals("leaders.csv", suggestion(dir, "Oleg Deripaska").get("source").getAsString(),
                "proposed once an imported article mentions it");

        assertEquals(0, Dossier.run("suggest", "entities", "--reject", "Olaf Scholz", "--data", dir.toString())
                .exitCode());
        assertEquals(null, suggestion(dir, "Olaf Scholz"), "rejected: never proposed again");
        Run accept = Dossier.run("suggest", "entities", "--accept-top", "1", "--kind", "person", "--data",
                dir.toString());
        assertEquals(0, accept.exitCode(), accept.err());
        KnowledgeBase kb = StoreReader.load(dir).knowledgeBase();
        Entity created = kb.entity("kaja-kallas");
        assertEquals("Prime Minister of Estonia since 2021.", created.summary());
        assertTrue(created.aliases().containsAll(java.util.List.of("Kallas", "Kaja Kallas-Kõiv")), created.toString());
        assertEquals(3, kb.mentionCount("kaja-kallas"));
        assertEquals(0, Dossier.run("check", "--data", dir.toString()).exitCode());
    }

    @Test
    void a_damaged_review_list_is_reported_by_check_and_an_import_for_review_does_not_overwrite_it() throws IOException {
        Path dir = store();
        String damaged = "{\"entries\": [{\"name\": 7, \"kind\": \"person\"}]}";
        Files.writeString(dir.resolve(ListedEntriesFile.FILE), damaged);
        Run check = Dossier.run("check", "--data", dir.toString());
        assertEquals(1, check.exitCode());
        assertTrue(check.out().contains("listed-entries.json:1:"), check.out());
        Run run = Dossier.run("import-entities", list().toString(), "--for-review", "--data", dir.toString());
        assertEquals(1, run.exitCode());
        assertEquals(damaged, Files.readString(dir.resolve(ListedEntriesFile.FILE)));
    }

    @Test
    void bad_arguments_exit_2() throws IOException {
        Path dir = store();
        assertEquals(2, Dossier.run("import-entities", "--for-review", "--data", dir.toString()).exitCode());
        assertEquals(2, Dossier.run("import-entities", list().toString(), "--for-reveiw", "--data", dir.toString())
                .exitCode());
        assertFalse(Files.exists(dir.resolve(ListedEntriesFile.FILE)));
    }
}
