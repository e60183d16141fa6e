package org.dossier.exchange.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.exchange.ExportProgress;
import org.dossier.exchange.ftm.FtmExport;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.store.StoreReader;
import org.dossier.testing.SpecialFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity lists into a store: the seed's own export back, merges, links, and every kind of bad line. */
class EntityListImportTest {

    static KnowledgeBase seed;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        seed = StoreReader.load(Path.of("data")).knowledgeBase();
    }

    private static EntityListImport.Result run(KnowledgeBase kb, Path... files) throws Exception {
        return EntityListImport.run(kb, List.of(files), ExportProgress.NONE);
    }

    @Test
    void the_seed_stores_ftm_export_imported_into_an_empty_store_gives_back_names_kinds_and_aliases() throws Exception {
        Path ftm = temp.resolve("seed.ftm.json");
        FtmExport.write(seed, ftm, ExportProgress.NONE);
        EntityListImport.Result r = run(KnowledgeBase.empty("new"), ftm);
        assertEquals(List.of(), r.problems());
        assertEquals(Map.of("Article", 1, "Mention", 23, "Occupancy", 2, "Position", 2, "UnknownLink", 19),
                r.skippedSchemata(), "what is not a name is counted, not imported");
        KnowledgeBase imported = r.edit().apply(KnowledgeBase.empty("new"));
        assertEquals(seed.entities().size(), imported.entities().size());
        for (Entity original : seed.entities()) {
            Entity back = imported.entities().stream().filter(e -> e.name().equals(original.name())).findFirst()
                    .orElseThrow(() -> new AssertionError(original.name() + " did not come back"));
            assertEquals(original.kind(), back.kind(), original.name());
            assertEquals(original.aliases(), back.aliases(), original.name());
            assertEquals(original.demonyms(), back.demonyms(), original.name());
            assertEquals(original.references(), back.references(), original.name());
            assertEquals(original.summary(), back.summary(), original.name());
        }
        assertEquals("UA", imported.entities().stream().filter(e -> e.name().equals("Ukraine")).findFirst()
                .orElseThrow().attribute("iso3166").text());
    }

    @Test
    void an_entry_with_an_entitys_name_or_alias_is_merged_into_it_and_says_which() throws Exception {
        Path list = Files.writeString(temp.resolve("pep.json"), """
                {"id": "Q3881", "schema": "Person", "properties": {"name": ["Volodymyr Zelenskyy"], "alias": ["Volodymyr Oleksandrovych Zelenskyy"], "position": ["President of Ukraine"], "country": ["ua"]}}
                {"id": "denmark", "schema": "PublicBody", "properties": {"name": ["Kingdom of Denmark"], "alias": ["Denmark"]}}
                """);
        EntityListImport.Result r = run(seed, list);
        assertEquals(List.of(), r.created());
        assertEquals(List.of(
                new EntityListImport.Merge("volodymyr-zelensky", "Volodymyr Zelensky", list + ":1", "Volodymyr Zelenskyy",
                        List.of("Volodymyr Oleksandrovych Zelenskyy")),
                new EntityListImport.Merge("denmark", "Denmark", list + ":2", "Kingdom of Denmark",
                        List.of("Kingdom of Denmark"))), r.merges());
        KnowledgeBase after = r.edit().apply(seed);
        assertEquals(seed.entities().size(), after.entities().size());
        Entity zelensky = after.entity("volodymyr-zelensky");
        assertTrue(zelensky.aliases().contains("Volodymyr Oleksandrovych Zelenskyy"));
        assertEquals("President", zelensky.attribute("office").text(), "a fact the entity had is kept");
        assertEquals("UA", zelensky.attribute("country").text(), "a fact it lacked is added");
        assertEquals(seed.entities(), r.edit().revert(after).entities(), "undone as one step");
    }

    @Test
    void new_names_are_linked_in_every_article_by_the_linkers_rules() throws Exception {
        Path list = Files.writeString(temp.resolve("newsroom.csv"), """
                name,kind,aliases,summary
                European allies,organization,European partners;EU allies,Countries that back Ukraine
                Mette Frederiksen,person,Frederiksen,
                """);
        EntityListImport.Result r = run(seed, list);
        assertEquals(List.of("European allies", "Mette Frederiksen"), r.created().stream().map(Entity::name).toList());
        assertEquals(1, r.mentionsLinked());
        KnowledgeBase after = r.edit().apply(seed);
        Entity allies = after.entity("european-allies");
        assertEquals(List.of("European partners", "EU allies"), allies.aliases());
        assertEquals("Countries that back Ukraine", allies.summary());
        Mention linked = after.articles().get(0).mentions().stream().filter(m -> m.entity().equals("european-allies"))
                .findFirst().orElseThrow();
        assertEquals("European allies", linked.text());
        assertEquals(seed.articles().get(0).mentions().size() + 1, after.articles().get(0).mentions().size());
        KnowledgeBase undone = r.edit().revert(after);
        assertEquals(seed.articles(), undone.articles(), "undone as one step: the links");
        assertEquals(seed.entities(), undone.entities(), "and the entities");
    }

    @Test
    void each_bad_line_is_reported_with_its_file_and_line_and_the_rest_is_imported() throws Exception {
        Path list = Files.writeString(temp.resolve("mixed.json"), """
                {"id": "a", "schema": "Person", "properties": {"name": ["Anna Example"]}}
                this is not JSON
                {"id": "b", "schema": "Spaceship", "properties": {"name": ["Enterprise"]}}
                {"id": "c", "schema": "Company", "properties": {"alias": ["No Name Ltd"]}}
                {"id": "d", "schema": "Sanction", "properties": {"entity": ["a"], "program": ["X"]}}
                ["an array"]
                {"id": "e", "schema": "Organization", "properties": {"name": ["Example Works"], "country": ["de"]}}
                """);
        EntityListImport.Result r = run(KnowledgeBase.empty("new"), list);
        assertEquals(List.of("Anna Example", "Example Works"), r.created().stream().map(Entity::name).toList());
        List<String> problems = r.problems().stream().map(EntryProblem::toString).toList();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(list + ":2: not JSON ("), problems.get(0));
        assertEquals(list + ":3: unknown schema 'Spaceship': FollowTheMoney has no such schema", problems.get(1));
        assertEquals(list + ":4: the Company has no name", problems.get(2));
        assertEquals(list + ":6: not an FtM entity: a JSON object {\"id\", \"schema\", \"properties\"} is expected",
                problems.get(3));
        assertEquals(Map.of("Sanction", 1), r.skippedSchemata());
        assertEquals("DE", r.created().get(1).attribute("country").text());
    }

    @Test
    void a_csv_row_without_a_name_and_a_file_that_is_not_a_list_are_reported() throws Exception {
        Path list = Files.writeString(temp.resolve("people.csv"), "\uFEFFName,Kind\nAnna Example,person\n,person\n");
        Path noName = Files.writeString(temp.resolve("other.csv"), "title,text\nx,y\n");
        Path fifo = SpecialFiles.fifo(temp.resolve("pipe.json"));
        EntityListImport.Result r = run(KnowledgeBase.empty("new"), list, noName, fifo, temp.resolve("missing.json"));
        assertEquals(List.of("Anna Example"), r.created().stream().map(Entity::name).toList());
        List<String> problems = r.problems().stream().map(EntryProblem::toString).toList();
        assertEquals(List.of(list + ":3: the row has no name",
                noName + ":1: the header has no name column (its columns: title, text); an entity list needs name, and "
                        + "may have kind, aliases and summary",
                fifo + ": this is a named pipe (FIFO), not a regular file: Dossier reads only regular files",
                temp.resolve("missing.json") + ": there is no such file"), problems);
    }

    @Test
    void a_line_longer_than_any_entry_is_skipped_and_the_lines_after_it_are_read() throws Exception {
        Path list = temp.resolve("long.json");
        try (var out = Files.newBufferedWriter(list)) {
            out.write("{\"schema\": \"Person\", \"properties\": {\"name\": [\"Before\"]}}\n");
            out.write("{\"schema\": \"Person\", \"properties\": {\"name\": [\"" + "x".repeat(100) + "\"]}}\n");
            out.write("{\"schema\": \"Person\", \"properties\": {\"name\": [\"After\"]}}");
        }
        List<EntryProblem> problems = new java.util.ArrayList<>();
        List<EntityEntry> entries = new java.util.ArrayList<>();
        try (BoundedLines lines = new BoundedLines(Files.newInputStream(list), 80)) {
            for (BoundedLines.Line l = lines.next(); l != null; l = lines.next()) {
                if (l.problem() != null) {
                    problems.add(new EntryProblem("long.json", l.number(), l.problem()));
                } else {
                    entries.add(FtmEntries.read("long.json", l.number(), l.text()).entry());
                }
            }
        }
        assertEquals(List.of("Before", "After"), entries.stream().map(EntityEntry::name).toList());
        assertEquals(2, problems.get(0).line());
        assertNull(FtmEntries.read("x", 1, "{\"schema\": \"Sanction\"}").entry());
    }

    @Test
    void an_entry_that_adds_only_a_summary_to_an_entity_is_a_change_to_save() throws Exception {
        KnowledgeBase kb = new KnowledgeBase("s", List.of(new Entity("acme", "organization", "Acme", List.of(),
                List.of(), List.of(), "", Map.of())), List.of(), List.of());
        Path list = Files.writeString(temp.resolve("acme.csv"), "name,summary\nACME,A maker of everything\n");
        EntityListImport.Result r = run(kb, list);
        assertTrue(!r.isEmpty(), "the summary is new");
        assertEquals("A maker of everything", r.edit().apply(kb).entity("acme").summary());
        assertEquals(List.of(), r.merges().get(0).addedAliases(), "ACME is Acme, ignoring case");
    }
}
