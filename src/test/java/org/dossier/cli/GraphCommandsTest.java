package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dossier.model.Entity;
import org.dossier.store.StoreReader;
import org.dossier.store.StoreWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dossier path, neighbors and timeline on the bundled store. */
class GraphCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir -> { });
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void path_prints_each_step_with_its_evidence() {
        assertEquals(0, run("path", "Herman Smetanin", "denmark"));
        assertTrue(out().contains("Herman Smetanin — announced — Ukraine–Denmark defence production agreement"), out());
        assertTrue(out().contains("“The deal, announced by Strategic Industries Minister Herman Smetanin"), out());
    }

    @Test
    void path_as_json_lists_the_steps_with_their_relations() {
        assertEquals(0, run("path", "smetanin", "Denmark", "--json"));
        JsonObject result = JsonParser.parseString(out()).getAsJsonObject();
        JsonArray steps = result.getAsJsonArray("paths").get(0).getAsJsonArray();
        assertEquals(2, steps.size());
        assertEquals("announced", steps.get(0).getAsJsonObject().getAsJsonObject("relation").get("type").getAsString());
    }

    @Test
    void entities_without_a_connection_exit_1_and_an_unknown_name_exits_2(@TempDir Path temp) throws Exception {
        var kb = StoreReader.load(Path.of("data")).knowledgeBase().withEntity(new Entity("nobody", "person",
                "Nobody", java.util.List.of(), java.util.List.of(), java.util.List.of(), "", java.util.Map.of()));
        StoreWriter.save(kb, temp);
        assertEquals(1, run("path", "nobody", "denmark", "--data", temp.toString()));
        assertTrue(out().contains("are not connected"), out());
        assertEquals(2, run("path", "nato", "atlantis"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no entity is called 'atlantis'"));
    }

    @Test
    void neighbors_lists_by_depth_and_refuses_a_depth_over_3() {
        assertEquals(0, run("neighbors", "denmark", "--depth", "2", "--json"));
        JsonObject result = JsonParser.parseString(out()).getAsJsonObject();
        assertTrue(result.getAsJsonArray("entities").toString().contains("herman-smetanin"));
        assertEquals(2, run("neighbors", "denmark", "--depth", "4"));
    }

    @Test
    void timeline_shows_dates_at_their_precision() {
        assertEquals(0, run("timeline"));
        assertTrue(out().contains("February 2024") && out().contains("21 June (year not given)"), out());
        out.reset();
        assertEquals(0, run("timeline", "Russia", "--json"));
        JsonArray items = JsonParser.parseString(out()).getAsJsonArray();
        assertEquals("2022", items.get(0).getAsJsonObject().get("date").getAsString());
    }
}
