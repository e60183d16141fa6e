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
import org.dossier.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier list articles}: dated and undated articles, as a table and as JSON. */
class ListArticlesTest {

    @TempDir
    Path temp;

    @Test
    void the_table_shows_id_date_mentions_and_title() {
        TestStore store = TestStore.in(temp);
        Run run = Dossier.run("list", "articles", "--data", store.dir().toString());
        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
        List<String> lines = run.outLines();
        assertEquals(List.of("ID", "DATE", "MENTIONS", "TITLE"), List.of(lines.get(0).split("\\s{2,}")));
        assertEquals(List.of("a1", "2024-06-21", "5", "Denmark and Ukraine"), List.of(lines.get(1).split("\\s{2,}")));
        assertEquals(List.of("a2", "date not given", "1", "Ukraine builds"), List.of(lines.get(2).split("\\s{2,}")));
        assertEquals(3, lines.size());
        assertEquals(lines.get(0).indexOf("TITLE"), lines.get(1).indexOf("Denmark and"));
        assertEquals(lines.get(0).indexOf("TITLE"), lines.get(2).indexOf("Ukraine builds"));
    }

    @Test
    void the_bundled_article_has_no_date() {
        List<String> lines = Dossier.run("list", "articles").outLines();
        assertTrue(lines.get(1).startsWith("ukraine-denmark-military-production  date not given"), lines.get(1));
    }

    @Test
    void json_gives_id_title_date_and_mentions_with_null_for_no_date() {
        TestStore store = TestStore.in(temp);
        Run run = Dossier.run("list", "articles", "--json", "--data", store.dir().toString());
        assertEquals(0, run.exitCode());
        JsonArray array = JsonParser.parseString(run.out()).getAsJsonArray();
        assertEquals(2, array.size());
        JsonObject a1 = array.get(0).getAsJsonObject();
        assertEquals(Set.of("id", "title", "date", "mentions"), a1.keySet());
        assertEquals("a1", a1.get("id").getAsString());
        assertEquals("Denmark and Ukraine", a1.get("title").getAsString());
        assertEquals("2024-06-21", a1.get("date").getAsString());
        assertEquals(5, a1.get("mentions").getAsInt());
        JsonObject a2 = array.get(1).getAsJsonObject();
        assertEquals(Set.of("id", "title", "date", "mentions"), a2.keySet(), "date is there, as null");
        assertTrue(a2.get("date").isJsonNull());
    }

    @Test
    void a_date_without_year_is_listed_in_its_iso_form() {
        TestStore store = TestStore.in(temp).replace(TestStore.A1, "\"2024-06-21\"", "\"--06-21\"");
        Run run = Dossier.run("list", "articles", "--json", "--data", store.dir().toString());
        assertEquals("--06-21", JsonParser.parseString(run.out()).getAsJsonArray().get(0).getAsJsonObject()
                .get("date").getAsString());
    }
}
