package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.generate.StoreGenerator;
import org.dossier.model.Article;
import org.dossier.model.ArticleBody;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large store keeps article bodies in their files, reads them back cached when needed, and loads in batches. */
class LargeStoreLoadingTest {

    @TempDir
    static Path generated;

    @BeforeAll
    static void generate() throws Exception {
        new StoreGenerator(40, 30, 7).writeTo(generated, (done, total) -> { });
    }

    private static LoadResult load(Path dir, StoreReader.Bodies bodies) {
        return StoreReader.load(dir, StoreReader.Progress.NONE, bodies);
    }

    @Test
    void bodies_left_on_disk_are_not_in_memory_until_asked_for() {
        KnowledgeBase kb = load(generated, StoreReader.Bodies.ON_DISK).knowledgeBase();
        assertTrue(kb.articles().stream().noneMatch(a -> a.body().isLoaded()));
        Article first = kb.articles().get(0);
        List<String> paragraphs = first.paragraphs();
        assertTrue(first.body().isLoaded());
        assertFalse(kb.articles().get(1).body().isLoaded());
        assertSame(paragraphs, first.paragraphs(), "the second time comes from the cache");
    }

    @Test
    void a_store_loaded_either_way_holds_the_same_articles() {
        KnowledgeBase inMemory = load(generated, StoreReader.Bodies.IN_MEMORY).knowledgeBase();
        KnowledgeBase onDisk = load(generated, StoreReader.Bodies.ON_DISK).knowledgeBase();
        assertTrue(inMemory.articles().stream().allMatch(a -> a.body().isLoaded()));
        assertEquals(inMemory.articles(), onDisk.articles());
        for (int i = 0; i < inMemory.articles().size(); i++) {
            assertEquals(inMemory.articles().get(i).body().textHash(), onDisk.articles().get(i).body().textHash());
            assertEquals(inMemory.articles().get(i).body().paragraphCount(),
                    onDisk.articles().get(i).body().paragraphCount());
        }
        assertEquals(inMemory.totalMentions(), onDisk.totalMentions());
    }

    @Test
    void small_stores_stay_in_memory_unless_asked_otherwise() {
        assertTrue(load(generated, StoreReader.Bodies.AUTO).knowledgeBase().articles().get(0).body().isLoaded());
    }

    @Test
    void the_cache_keeps_the_most_recently_read_bodies_within_its_bound() {
        StoredBodies bodies = new StoredBodies(generated, 1);
        KnowledgeBase kb = load(generated, StoreReader.Bodies.IN_MEMORY).knowledgeBase();
        Article a = bodies.detach(kb.articles().get(0));
        Article b = bodies.detach(kb.articles().get(1));
        a.paragraphs();
        b.paragraphs();
        assertTrue(b.body().isLoaded(), "the latest is kept even when it alone passes the bound");
        assertFalse(a.body().isLoaded(), "the older one made room");
        a.paragraphs();
        assertEquals(3, bodies.reads());
    }

    @Test
    void a_body_whose_file_changed_since_loading_is_refused_with_the_file_named(@TempDir Path dir) throws Exception {
        copy(generated, dir);
        KnowledgeBase kb = load(dir, StoreReader.Bodies.ON_DISK).knowledgeBase();
        Article article = kb.articles().get(3);
        Path file = StoreLayout.articleFile(dir, article.id());
        String json = Files.readString(file);
        Files.writeString(file, json.replaceFirst("\"paragraphs\": \\[\n    \"", "\"paragraphs\": [\n    \"Edited. "));

        ArticleBody.Unavailable e = assertThrows(ArticleBody.Unavailable.class, article::paragraphs);
        assertTrue(e.getMessage().contains("articles/" + article.id() + ".json"), e.getMessage());
        assertTrue(e.getMessage().contains("changed"), e.getMessage());

        Files.delete(file);
        e = assertThrows(ArticleBody.Unavailable.class, article::paragraphs);
        assertTrue(e.getMessage().contains("no longer there"), e.getMessage());
    }

    @Test
    void an_edit_saved_from_a_lazily_loaded_store_keeps_every_word(@TempDir Path dir) throws Exception {
        copy(generated, dir);
        LoadResult loaded = load(dir, StoreReader.Bodies.ON_DISK);
        Article article = loaded.knowledgeBase().articles().get(5);
        Path file = StoreLayout.articleFile(dir, article.id());
        String before = Files.readString(file);
        Mention dropped = article.mentions().get(0);
        Article edited = article.withMentions(article.mentions().subList(1, article.mentions().size()));

        StoreWriter.saveChanges(loaded.knowledgeBase().withArticle(edited), loaded);

        String after = Files.readString(file);
        assertFalse(after.equals(before));
        KnowledgeBase reloaded = load(dir, StoreReader.Bodies.IN_MEMORY).knowledgeBase();
        assertEquals(article.paragraphs(), reloaded.article(article.id()).paragraphs());
        assertEquals(article.mentions().size() - 1, reloaded.article(article.id()).mentions().size());
        assertFalse(reloaded.article(article.id()).mentions().contains(dropped));
    }

    @Test
    void problems_found_on_the_fast_path_still_name_line_and_column(@TempDir Path dir) throws Exception {
        copy(generated, dir);
        Article article = load(dir, StoreReader.Bodies.IN_MEMORY).knowledgeBase().articles().get(2);
        Path file = StoreLayout.articleFile(dir, article.id());
        String json = Files.readString(file, StandardCharsets.UTF_8);
        String entity = article.mentions().get(0).entity();
        Files.writeString(file, json.replaceFirst("\"entity\": \"" + entity + "\"", "\"entity\": \"nobody-known\""));

        LoadResult loaded = load(dir, StoreReader.Bodies.ON_DISK);

        Problem p = loaded.problems().get(0);
        assertEquals("articles/" + article.id() + ".json", p.file());
        assertTrue(p.line() > 1 && p.column() > 0, p.toString());
        assertTrue(p.message().contains("nobody-known"), p.message());
        assertEquals(article.mentions().size() - 1, loaded.knowledgeBase().article(article.id()).mentions().size());
    }

    @Test
    void the_fast_reader_gives_exactly_what_the_careful_reader_gives() throws Exception {
        for (Path file : Files.list(generated.resolve("articles")).sorted().toList()) {
            String text = Files.readString(file);
            FileProblems problems = new FileProblems(file.toString(), text, new java.util.ArrayList<>());
            Article careful = new ElementParser(problems).article(JsonDocuments.parse(text, problems), "$").value();
            assertEquals(careful, FastArticleParser.parse(text), file.toString());
            assertEquals(careful.mentions(), FastArticleParser.parse(text).mentions());
        }
    }

    @Test
    void the_fast_entity_reader_gives_exactly_what_the_careful_reader_gives() throws Exception {
        for (Path store : List.of(generated, Path.of("data"))) {
            String text = Files.readString(store.resolve("entities.json"));
            FileProblems problems = new FileProblems("entities.json", text, new java.util.ArrayList<>());
            ElementParser careful = new ElementParser(problems);
            com.google.gson.JsonArray array = JsonDocuments.parse(text, problems).getAsJsonObject()
                    .getAsJsonArray("entities");
            List<org.dossier.model.Entity> expected = new java.util.ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                expected.add(careful.entity(array.get(i), "$.entities[" + i + "]"));
            }
            assertEquals(expected, FastEntityParser.parse(text), store.toString());
        }
    }

    @Test
    void the_fast_entity_reader_leaves_anything_unusual_to_the_careful_reader() {
        String ok = "{\"entities\": [{\"id\": \"a\", \"kind\": \"country\", \"name\": \"A\", \"aliases\": [\"Ay\"], "
                + "\"attributes\": {\"signed\": \"2024-06\", \"parties\": [\"a\"]}}]}";
        assertEquals(1, FastEntityParser.parse(ok).size());
        for (String odd : List.of(
                ok.replace("\"id\": \"a\"", "\"id\": \"A a\""),
                ok.replace("\"name\": \"A\"", "\"name\": \"\""),
                ok.replace("[\"Ay\"]", "[\"Ay\", 3]"),
                ok.replace("\"2024-06\"", "\"June 2024\""),
                ok.replace("[\"a\"]", "{}"),
                ok.replace("}]}", "}, {\"id\": \"a\", \"kind\": \"x\", \"name\": \"B\"}]}"),
                ok.replace("\"kind\": \"country\", ", ""),
                "[" + ok + "]")) {
            assertNull(FastEntityParser.parse(odd), odd);
        }
    }

    @Test
    void the_fast_reader_leaves_anything_unusual_to_the_careful_reader() {
        String ok = "{\"id\": \"a\", \"title\": \"T\", \"paragraphs\": [\"Denmark.\"], \"mentions\": "
                + "[{\"entity\": \"denmark\", \"paragraph\": 0, \"start\": 0, \"end\": 7, \"text\": \"Denmark\"}]}";
        assertEquals(1, FastArticleParser.parse(ok).mentions().size());
        for (String odd : List.of(
                ok.replace("\"id\": \"a\"", "\"id\": \"A B\""),
                ok.replace("\"title\": \"T\"", "\"title\": \" \""),
                ok.replace("\"title\": \"T\"", "\"title\": 3"),
                ok.replace("\"start\": 0", "\"start\": -1"),
                ok.replace("\"start\": 0", "\"start\": 0.5"),
                ok.replace("\"paragraphs\": [\"Denmark.\"]", "\"paragraphs\": [\"Denmark.\", 4]"),
                ok.replace("\"title\": \"T\"", "\"title\": \"T\", \"title\": \"U\""),
                ok.replace(", \"text\": \"Denmark\"", ""),
                ok.replace("\"title\": \"T\"", "\"title\": \"T\", \"date\": \"2024-13\""),
                ok + " {}",
                "[" + ok + "]")) {
            assertNull(FastArticleParser.parse(odd), odd);
        }
    }

    @Test
    void a_large_store_hands_out_ever_more_articles_while_it_loads() {
        List<KnowledgeBase> soFar = new java.util.ArrayList<>();
        LoadResult loaded = StoreReader.load(generated, StoreReader.Progress.NONE, StoreReader.Bodies.ON_DISK,
                soFar::add, 5);

        assertEquals(List.of(5, 15, 35), soFar.stream().map(kb -> kb.articles().size()).toList(),
                "batches of 5, 10, 20, then the last 5 with the whole store");
        KnowledgeBase whole = loaded.knowledgeBase();
        for (KnowledgeBase part : soFar) {
            assertEquals(whole.entities(), part.entities(), "every entity from the start, so links show");
            assertEquals(whole.articles().subList(0, part.articles().size()), part.articles(), "in store order");
            assertTrue(part.relations().isEmpty(), "relations come with the whole store");
        }
        assertFalse(whole.relations().isEmpty());
    }

    @Test
    void evidence_in_the_first_part_is_checked_although_that_part_is_shown_before_the_relations_are_read(
            @TempDir Path dir) throws Exception {
        copy(generated, dir);
        KnowledgeBase kb = load(dir, StoreReader.Bodies.IN_MEMORY).knowledgeBase();
        java.util.Set<String> firstFive = new java.util.HashSet<>();
        kb.articles().subList(0, 5).forEach(a -> firstFive.add(a.id()));
        org.dossier.model.Evidence ev = kb.relations().stream().flatMap(r -> r.evidence().stream())
                .filter(e -> firstFive.contains(e.article())).findFirst().orElseThrow();
        Path relations = dir.resolve("relations.json");
        String json = Files.readString(relations);
        String quoted = new com.google.gson.Gson().toJson(ev.quote());
        assertTrue(json.contains(quoted));
        Files.writeString(relations, json.replace(quoted, "\"Words the article does not have.\""));

        LoadResult loaded = StoreReader.load(dir, StoreReader.Progress.NONE, StoreReader.Bodies.ON_DISK,
                part -> { }, 5);

        assertTrue(loaded.problems().stream().anyMatch(p -> p.file().equals("relations.json")
                && p.message().contains("Words the article does not have.")), loaded.problems().toString());
        assertTrue(loaded.knowledgeBase().articles().stream().noneMatch(a -> a.body().isLoaded()),
                "the first part's bodies went to their files too once checked");
    }

    @Test
    void without_a_listener_or_for_a_small_store_there_are_no_partial_results() {
        List<KnowledgeBase> soFar = new java.util.ArrayList<>();
        StoreReader.load(generated, StoreReader.Progress.NONE, StoreReader.Bodies.AUTO, soFar::add);
        assertTrue(soFar.isEmpty(), "40 articles load in one go");
    }

    private static void copy(Path from, Path to) {
        TestStore.copyFolder(from, to);
    }
}
