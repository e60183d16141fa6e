package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.cli.Dossier.Run;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;
import org.dossier.store.StoreReader;
import org.dossier.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier list relations}: each relation with its evidence, shortened in the table and whole in JSON. */
class ListRelationsTest {

    @TempDir
    Path temp;

    @Test
    void the_table_shows_id_type_subject_object_and_the_first_quote() {
        TestStore store = TestStore.in(temp);
        Run run = Dossier.run("list", "relations", "--data", store.dir().toString());
        assertEquals(0, run.exitCode());
        List<String> lines = run.outLines();
        assertEquals(List.of("ID", "TYPE", "SUBJECT", "OBJECT", "EVIDENCE"), List.of(lines.get(0).split("\\s{2,}")));
        assertEquals(List.of("denmark--supports--ukraine", "supports", "denmark", "ukraine", "Denmark supports Ukraine."),
                List.of(lines.get(1).split("\\s{2,}")));
        assertEquals(3, lines.size());
    }

    @Test
    void long_quotes_are_shortened_at_a_word_with_an_ellipsis() {
        KnowledgeBase kb = StoreReader.load(Path.of("data")).knowledgeBase();
        List<String> lines = Dossier.run("list", "relations").outLines();
        assertEquals(kb.relations().size() + 1, lines.size());
        int column = lines.get(0).indexOf("EVIDENCE");
        for (int i = 0; i < kb.relations().size(); i++) {
            String quote = kb.relations().get(i).evidence().get(0).quote();
            String shown = lines.get(i + 1).substring(column);
            assertTrue(shown.length() <= RelationListing.QUOTE_WIDTH, shown);
            if (quote.length() > RelationListing.QUOTE_WIDTH) {
                assertTrue(shown.endsWith("…"), shown);
                String kept = shown.substring(0, shown.length() - 1);
                assertTrue(quote.startsWith(kept + " "), "cut at a word: " + shown);
            }
        }
    }

    @Test
    void json_gives_each_relation_with_all_its_evidence_and_only_the_dates_it_has() {
        TestStore store = TestStore.in(temp);
        Run run = Dossier.run("list", "relations", "--json", "--data", store.dir().toString());
        assertEquals(0, run.exitCode());
        JsonArray array = JsonParser.parseString(run.out()).getAsJsonArray();
        assertEquals(2, array.size());
        JsonObject supports = array.get(0).getAsJsonObject();
        assertEquals(Set.of("id", "type", "subject", "object", "start", "evidence"), supports.keySet());
        assertEquals("denmark--supports--ukraine", supports.get("id").getAsString());
        assertEquals("supports", supports.get("type").getAsString());
        assertEquals("denmark", supports.get("subject").getAsString());
        assertEquals("ukraine", supports.get("object").getAsString());
        assertEquals("2022", supports.get("start").getAsString());
        JsonObject evidence = supports.getAsJsonArray("evidence").get(0).getAsJsonObject();
        assertEquals(Set.of("article", "paragraph", "start", "end", "quote"), evidence.keySet());
        assertEquals("a1", evidence.get("article").getAsString());
        assertEquals(0, evidence.get("paragraph").getAsInt());
        assertEquals(0, evidence.get("start").getAsInt());
        assertEquals(25, evidence.get("end").getAsInt());
        assertEquals("Denmark supports Ukraine.", evidence.get("quote").getAsString());
        JsonObject partyTo = array.get(1).getAsJsonObject();
        assertFalse(partyTo.has("date") || partyTo.has("start") || partyTo.has("end"), partyTo.toString());
    }

    @Test
    void json_of_the_bundled_store_has_every_evidence_sentence_whole() {
        KnowledgeBase kb = StoreReader.load(Path.of("data")).knowledgeBase();
        JsonArray array = JsonParser.parseString(Dossier.run("list", "relations", "--json").out()).getAsJsonArray();
        assertEquals(kb.relations().size(), array.size());
        for (int i = 0; i < array.size(); i++) {
            Relation r = kb.relations().get(i);
            JsonObject o = array.get(i).getAsJsonObject();
            assertEquals(r.id(), o.get("id").getAsString());
            JsonArray evidence = o.getAsJsonArray("evidence");
            assertEquals(r.evidence().size(), evidence.size());
            for (int j = 0; j < evidence.size(); j++) {
                Evidence ev = r.evidence().get(j);
                assertEquals(ev.quote(), evidence.get(j).getAsJsonObject().get("quote").getAsString());
            }
            assertEquals(r.date() == null ? null : r.date().iso(), o.has("date") ? o.get("date").getAsString() : null);
        }
    }
}
