package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreReader;
import org.dossier.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier import-entities}, as a user types it. */
class ImportEntitiesCommandTest {

    @TempDir
    Path temp;

    @Test
    void the_seed_stores_export_imported_into_an_empty_store_is_saved_and_checks_clean() throws Exception {
        Path ftm = temp.resolve("seed.ftm.json");
        assertEquals(0, Dossier.run("export", "ftm", "--out", ftm.toString()).exitCode());
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Dossier.Run run = Dossier.run("import-entities", ftm.toString(), "--data", empty.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith("Imported 13 new entities; merged 0 entries into entities the store had; "
                + "linked 0 mentions in 0 articles.\n  new: Ukraine (country, id ukraine)\n"), run.out());
        assertTrue(run.out().contains("Not imported, since they are not names to link: 1 Article, 23 Mention, "
                + "2 Occupancy, 2 Position, 19 UnknownLink."), run.out());
        KnowledgeBase kb = StoreReader.load(empty).knowledgeBase();
        assertEquals(13, kb.entities().size());
        assertEquals(0, Dossier.run("check", "--data", empty.toString()).exitCode());
    }

    @Test
    void a_merge_is_said_with_the_entity_and_the_line_and_bad_lines_make_exit_status_1() throws Exception {
        TestStore store = TestStore.in(temp.resolve("store"));
        Path list = Files.writeString(temp.resolve("list.json"), """
                {"id": "dk", "schema": "PublicBody", "properties": {"name": ["Kingdom of Denmark"], "alias": ["Denmark"]}}
                not json
                """);
        Dossier.Run run = Dossier.run("import-entities", list.toString(), "--data", store.dir().toString(), "--json");
        assertEquals(1, run.exitCode(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonObject merged = json.getAsJsonArray("merged").get(0).getAsJsonObject();
        assertEquals("denmark", merged.get("id").getAsString());
        assertEquals(list + ":1", merged.get("from").getAsString());
        assertEquals("[\"Kingdom of Denmark\"]", merged.get("aliases").toString());
        JsonObject failure = json.getAsJsonArray("failures").get(0).getAsJsonObject();
        assertEquals(2, failure.get("line").getAsInt());
        assertTrue(store.load().knowledgeBase().entity("denmark").aliases().contains("Kingdom of Denmark"),
                "what could be imported was saved");
    }

    @Test
    void nothing_to_import_is_a_usage_error() {
        Dossier.Run run = Dossier.run("import-entities");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("dossier: say which entity lists to import"), run.err());
    }
}
