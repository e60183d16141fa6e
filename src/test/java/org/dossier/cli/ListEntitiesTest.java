package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.cli.Dossier.Run;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code dossier list entities} on the bundled store. */
class ListEntitiesTest {

    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = StoreReader.load(Path.of("data")).knowledgeBase();
    }

    @Test
    void the_table_has_a_header_and_one_row_per_entity_in_store_order() {
        Run run = Dossier.run("list", "entities");
        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
        List<String> lines = run.outLines();
        assertEquals(List.of("ID", "KIND", "NAME", "MENTIONS"), List.of(lines.get(0).split("\\s{2,}")));
        assertEquals(kb.entities().size() + 1, lines.size());
        for (int i = 0; i < kb.entities().size(); i++) {
            Entity e = kb.entities().get(i);
            assertEquals(List.of(e.id(), e.kind(), e.name(), String.valueOf(kb.mentionCount(e.id()))),
                    List.of(lines.get(i + 1).split("\\s{2,}")), lines.get(i + 1));
        }
    }

    @Test
    void the_columns_line_up_and_the_mention_counts_align_right() {
        List<String> lines = Dossier.run("list", "entities").outLines();
        int kind = lines.get(0).indexOf("KIND");
        int name = lines.get(0).indexOf("NAME");
        int end = lines.get(0).length();
        for (String line : lines.subList(1, lines.size())) {
            assertEquals(' ', line.charAt(kind - 1), line);
            assertTrue(Character.isLetter(line.charAt(kind)), line);
            assertTrue(Character.isLetterOrDigit(line.charAt(name)), line);
            assertEquals(end, line.length(), "counts end under the end of MENTIONS: " + line);
        }
    }

    @Test
    void ukraine_is_listed_with_its_mentions_in_the_whole_store() {
        String row = Dossier.run("list", "entities").outLines().stream().filter(l -> l.startsWith("ukraine "))
                .findFirst().orElseThrow();
        assertTrue(row.contains(" country "), row);
        assertTrue(row.endsWith(" " + kb.mentionCount("ukraine")), row);
        assertTrue(kb.mentionCount("ukraine") > 1);
    }

    @Test
    void json_gives_id_kind_name_aliases_and_mentions() {
        Run run = Dossier.run("list", "entities", "--json");
        assertEquals(0, run.exitCode());
        JsonArray array = JsonParser.parseString(run.out()).getAsJsonArray();
        assertEquals(kb.entities().size(), array.size());
        for (int i = 0; i < array.size(); i++) {
            Entity e = kb.entities().get(i);
            JsonObject o = array.get(i).getAsJsonObject();
            assertEquals(Set.of("id", "kind", "name", "aliases", "mentions"), o.keySet());
            assertEquals(e.id(), o.get("id").getAsString());
            assertEquals(e.kind(), o.get("kind").getAsString());
            assertEquals(e.name(), o.get("name").getAsString());
            assertEquals(e.aliases(), o.getAsJsonArray("aliases").asList().stream().map(a -> a.getAsString()).toList());
            assertEquals(kb.mentionCount(e.id()), o.get("mentions").getAsInt());
        }
    }

    @Test
    void json_keeps_non_latin_aliases_as_real_characters() {
        String out = Dossier.run("list", "entities", "--json").out();
        assertTrue(out.contains("\"Україна\""), "no \\u escapes for scripts that grep");
    }
}
