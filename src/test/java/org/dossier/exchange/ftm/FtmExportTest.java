package org.dossier.exchange.ftm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.exchange.ExportProgress;
import org.dossier.model.Article;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.Relation;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed store exported to FtM and checked line by line against FollowTheMoney's own schema files. */
class FtmExportTest {

    static KnowledgeBase seed;
    static FtmModel model;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() throws Exception {
        seed = StoreReader.load(Path.of("data")).knowledgeBase();
        model = FtmModel.load();
    }

    private List<String> export(String name) throws Exception {
        Path file = temp.resolve(name);
        FtmExport.write(seed, file, ExportProgress.NONE);
        return Files.readAllLines(file);
    }

    private static List<JsonObject> parsed(List<String> lines) {
        return lines.stream().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    }

    private static List<String> values(JsonObject e, String property) {
        JsonArray a = e.getAsJsonObject("properties").getAsJsonArray(property);
        return a == null ? List.of() : a.asList().stream().map(v -> v.getAsString()).toList();
    }

    @Test
    void every_line_of_the_seed_store_export_is_valid_against_the_ftm_schemata() throws Exception {
        List<String> lines = export("seed.ftm.json");
        assertEquals(List.of(), new FtmValidator(model).problems(lines));
        Map<String, Long> bySchema = parsed(lines).stream()
                .collect(Collectors.groupingBy(e -> e.get("schema").getAsString(), Collectors.counting()));
        assertEquals(1, bySchema.get("Article"));
        assertEquals(2, bySchema.get("Person"));
        assertEquals(3, bySchema.get("PublicBody"), "the three countries");
        assertEquals(2, bySchema.get("Contract"), "the two agreements");
        assertEquals(2, bySchema.get("Event"));
        assertEquals(1, bySchema.get("Address"), "Kyiv");
    }

    @Test
    void the_validator_itself_refuses_what_ftm_does_not_allow() throws Exception {
        String person = "{\"id\":\"p\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}";
        String event = "{\"id\":\"e\",\"schema\":\"Event\",\"properties\":{\"name\":[\"E\"],\"date\":[\"--06-21\"]}}";
        List<String> problems = new FtmValidator(model).problems(List.of(person, event,
                "{\"id\":\"m\",\"schema\":\"Mention\",\"properties\":{\"document\":[\"p\"],\"name\":[\"A\"],\"resolved\":[\"e\"]}}",
                "{\"id\":\"t\",\"schema\":\"Thing\",\"properties\":{\"name\":[\"T\"]}}",
                "{\"id\":\"x\",\"schema\":\"Person\",\"properties\":{\"name\":[\"X\"],\"colour\":[\"red\"]}}",
                "{\"id\":\"y\",\"schema\":\"Company\",\"properties\":{\"alias\":[\"Y\"]}}"));
        assertEquals(List.of(
                "line 2: Event.date value \"--06-21\" is not an FtM date (YYYY, YYYY-MM or YYYY-MM-DD)",
                "line 3: Mention.document value \"p\" points to a Person, not a Document",
                "line 3: Mention.resolved value \"e\" points to a Event, not a LegalEntity",
                "line 4: 'Thing' is not a schema an entity can have",
                "line 5: Person has no property 'colour'",
                "line 6: Company needs 'name'"), problems);
    }

    @Test
    void every_relation_is_an_edge_with_its_dates_and_every_evidence_sentence_and_article() throws Exception {
        List<JsonObject> lines = parsed(export("seed.ftm.json"));
        Map<String, JsonObject> byId = lines.stream().collect(Collectors.toMap(e -> e.get("id").getAsString(),
                Function.identity()));
        for (Relation r : seed.relations()) {
            JsonObject edge = byId.get(FtmIds.relation(r.id()));
            assertTrue(edge != null, r.id());
            for (Evidence e : r.evidence()) {
                assertTrue(values(edge, "description").contains(e.quote()), r.id());
                assertTrue(values(edge, "recordId").contains(FtmIds.article(e.article())), r.id());
            }
            if (r.start() != null) {
                assertEquals(List.of(r.start().iso()), values(edge, "startDate"), r.id());
            }
        }
        JsonObject presidency = byId.get(FtmIds.relation(seed.relations().stream()
                .filter(r -> r.type().equals("president_of")).findFirst().orElseThrow().id()));
        assertEquals("Occupancy", presidency.get("schema").getAsString());
        JsonObject post = byId.get(values(presidency, "post").get(0));
        assertEquals(List.of("President of Ukraine"), values(post, "name"));
        assertEquals(List.of("ua"), values(post, "country"));
    }

    @Test
    void every_mention_of_the_seed_article_is_an_ftm_mention_of_its_entity() throws Exception {
        List<JsonObject> lines = parsed(export("seed.ftm.json"));
        Article article = seed.articles().get(0);
        Set<String> mentioned = lines.stream().filter(e -> e.get("schema").getAsString().equals("Mention"))
                .peek(e -> assertEquals(List.of(FtmIds.article(article.id())), values(e, "document")))
                .map(e -> values(e, "resolved") + "|" + values(e, "name"))
                .collect(Collectors.toSet());
        Set<String> links = lines.stream().filter(e -> values(e, "role").equals(List.of("mentions")))
                .map(e -> values(e, "object").get(0)).collect(Collectors.toSet());
        for (Mention m : article.mentions()) {
            String entity = FtmIds.entity(m.entity());
            boolean legal = KindSchemata.isLegalEntity(KindSchemata.schemaOf(seed.entity(m.entity()).kind()));
            assertTrue(legal ? mentioned.contains(List.of(entity) + "|" + List.of(m.text()))
                    : mentioned.contains("[]|" + List.of(m.text())) && links.contains(entity), m.toString());
        }
    }

    @Test
    void a_date_without_a_year_is_kept_in_the_notes_not_given_a_year() throws Exception {
        JsonObject event = parsed(export("seed.ftm.json")).stream()
                .filter(e -> e.get("id").getAsString().equals(FtmIds.entity("zelensky-june-21-announcement")))
                .findFirst().orElseThrow();
        assertEquals(List.of(), values(event, "date"));
        assertTrue(values(event, "notes").contains(
                "date: --06-21 (21 June; the text gives no year, and an FtM date needs one)"), values(event, "notes").toString());
    }

    @Test
    void two_exports_of_the_same_store_are_the_same_bytes_with_the_same_ids() throws Exception {
        assertEquals(export("one.json"), export("two.json"));
        assertFalse(Files.exists(temp.resolve("one.json.bak")), "an export keeps no backup of itself");
    }

    @Test
    void a_generated_store_of_every_kind_and_relation_type_exports_valid_ftm() throws Exception {
        Path store = temp.resolve("generated");
        new org.dossier.generate.StoreGenerator(200, 150, 7).writeTo(store, (done, total) -> { });
        KnowledgeBase kb = StoreReader.load(store).knowledgeBase();
        Path file = temp.resolve("generated.ftm.json");
        FtmExport.Summary summary = FtmExport.write(kb, file, ExportProgress.NONE);
        List<String> lines = Files.readAllLines(file);
        assertEquals(summary.lines(), lines.size());
        assertEquals(List.of(), new FtmValidator(model).problems(lines));
    }
}
