package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dossier.cli.Dossier.Run;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreLayout;
import org.dossier.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier import}: what it writes, what it says, and when it refuses. */
class ImportCommandTest {

    @TempDir
    Path temp;

    private Path file(String name, String text) throws IOException {
        Path f = temp.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    private Path news() throws IOException {
        return file("news.csv", "link,headline,date,body\n"
                + "https://example.org/1,Denmark helps Ukraine,2022-02-24T10:00:00Z,Denmark helps Ukraine.\n"
                + "https://example.org/2,Ukraine thanks Denmark,2022-02-25T10:00:00Z,Ukraine thanks the Danish people.\n");
    }

    @Test
    void files_are_imported_linked_and_summarised_with_progress_on_standard_error() throws IOException {
        TestStore store = TestStore.in(temp);
        Run run = Dossier.run("import", news().toString(), "--data", store.dir().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("Imported 2 articles into " + store.dir().toAbsolutePath().normalize() + " (4 mentions linked)."),
                run.outLines());
        assertTrue(run.err().startsWith("Reading news.csv\u2026"), run.err());
        LoadResult loaded = store.load();
        assertEquals(List.of(), loaded.problems());
        assertEquals(4, loaded.knowledgeBase().articles().size());
        assertEquals("2022-02-24", loaded.knowledgeBase().article("denmark-helps-ukraine").date().iso());
    }

    @Test
    void importing_the_same_file_again_skips_every_article_as_a_duplicate_and_exits_0() throws IOException {
        TestStore store = TestStore.in(temp);
        Path news = news();
        Dossier.run("import", news.toString(), "--data", store.dir().toString());
        Run again = Dossier.run("import", news.toString(), "--data", store.dir().toString());
        assertEquals(0, again.exitCode());
        assertEquals("Imported 0 articles into " + store.dir().toAbsolutePath().normalize() + " (0 mentions linked).",
                again.outLines().get(0));
        assertEquals("Skipped 2 duplicates:", again.outLines().get(1));
        assertEquals("  " + news + ", row 2: \"Denmark helps Ukraine\" has the same link as article 'denmark-helps-ukraine'",
                again.outLines().get(2));
    }

    @Test
    void a_file_that_fails_is_reported_with_its_reason_the_others_import_and_the_exit_status_is_1() throws IOException {
        TestStore store = TestStore.in(temp);
        Path empty = file("empty.txt", "");
        Run run = Dossier.run("import", empty.toString(), news().toString(), "--data", store.dir().toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("Imported 2 articles"), run.out());
        assertTrue(run.out().contains("Failed 1:\n  " + empty + ": the file is empty"), run.out());
        assertEquals(4, store.load().knowledgeBase().articles().size());
    }

    @Test
    void json_gives_counts_and_every_article_duplicate_and_failure() throws IOException {
        TestStore store = TestStore.in(temp);
        Path bad = file("notes.docx", "x");
        Run run = Dossier.run("import", "--json", news().toString(), bad.toString(), "--data", store.dir().toString());
        assertEquals(1, run.exitCode());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(Set.of("imported", "duplicates", "failed", "mentions", "split", "articles", "skipped", "failures",
                "warnings"), json.keySet());
        assertEquals(2, json.get("imported").getAsInt());
        assertEquals(0, json.get("duplicates").getAsInt());
        assertEquals(1, json.get("failed").getAsInt());
        JsonObject article = json.getAsJsonArray("articles").get(0).getAsJsonObject();
        assertEquals("denmark-helps-ukraine", article.get("id").getAsString());
        assertEquals(2, article.get("mentions").getAsInt());
        JsonObject failure = json.getAsJsonArray("failures").get(0).getAsJsonObject();
        assertEquals(bad.toString(), failure.get("from").getAsString());
        assertTrue(failure.get("reason").getAsString().startsWith("Dossier does not import .docx files"));
    }

    @Test
    void a_title_or_id_like_a_path_writes_nothing_outside_the_store() throws IOException {
        TestStore store = TestStore.in(temp);
        Path evil = file("evil.json", "[{\"id\": \"../../x\", \"title\": \"../../x\", \"paragraphs\": [\"Ukraine.\"]},"
                + " {\"title\": \"../../../etc/x\", \"paragraphs\": [\"Denmark.\"]}]");
        Set<String> outsideBefore = filesOutside(store.dir());
        Run run = Dossier.run("import", evil.toString(), "--data", store.dir().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(outsideBefore, filesOutside(store.dir()));
        assertTrue(Files.isRegularFile(store.file("articles/x.json")));
        assertTrue(Files.isRegularFile(store.file("articles/etc-x.json")));
        assertEquals(List.of(), store.load().problems());
    }

    @Test
    void a_store_with_damaged_files_is_refused_saying_which_and_nothing_is_written() throws IOException {
        TestStore store = TestStore.in(temp).replace(TestStore.A1, "\"entity\": \"deal\"", "\"entity\": \"no-such\"");
        Set<String> before = filesUnder(store.dir());
        Run run = Dossier.run("import", news().toString(), "--data", store.dir().toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("has files with problems (articles/a1.json)"), run.err());
        assertTrue(run.err().contains("dossier check"), run.err());
        assertEquals(before, filesUnder(store.dir()));
    }

    @Test
    void a_read_only_store_is_refused() throws IOException {
        TestStore store = TestStore.in(temp).replace(TestStore.STORE, "\"formatVersion\": 1", "\"formatVersion\": 7");
        Run run = Dossier.run("import", news().toString(), "--data", store.dir().toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("is read-only"), run.err());
        assertFalse(Files.exists(store.file("articles/denmark-helps-ukraine.json")));
    }

    @Test
    void a_missing_store_folder_is_refused_and_an_empty_one_becomes_a_store() throws IOException {
        Path news = news();
        Run missing = Dossier.run("import", news.toString(), "--data", temp.resolve("nowhere").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        assertFalse(Files.exists(temp.resolve("nowhere")));
        Path empty = Files.createDirectory(temp.resolve("new-store"));
        Run created = Dossier.run("import", news.toString(), "--data", empty.toString());
        assertEquals(0, created.exitCode(), created.err());
        assertTrue(Files.isRegularFile(empty.resolve("store.json")));
    }

    @Test
    void without_files_the_usage_is_shown_and_the_exit_status_is_2() {
        Run run = Dossier.run("import");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("dossier: say which files to import"), run.err());
        assertTrue(run.err().contains("Usage: dossier import FILE..."), run.err());
    }

    @Test
    void progress_is_printed_a_few_times_a_second_at_most() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        long[] now = {0};
        ThrottledProgress progress = new ThrottledProgress(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8),
                () -> now[0]);
        for (int i = 1; i <= 10; i++) {
            progress.update(i, 10, "Importing " + i + "/10");
            now[0] += 100_000_000L;
        }
        assertEquals(List.of("Importing 1/10\u2026", "Importing 4/10\u2026", "Importing 7/10\u2026", "Importing 10/10\u2026"),
                bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /** Files beside the store folder, in its parent: none may appear. */
    private static Set<String> filesOutside(Path store) throws IOException {
        Set<String> all = filesUnder(store.getParent());
        all.removeIf(f -> f.startsWith(store.getFileName() + "/"));
        return all;
    }

    /** The store's files: the lock file an import takes before it loads the store is not one of them. */
    private static Set<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            Set<String> out = new TreeSet<>();
            files.filter(Files::isRegularFile).forEach(f -> out.add(dir.relativize(f).toString().replace('\\', '/')));
            out.remove(StoreLayout.LOCK_FILE);
            return out;
        }
    }

    @Test
    void the_summary_says_how_many_articles_came_as_one_block_and_were_split_into_paragraphs() throws IOException {
        TestStore store = TestStore.in(temp);
        String wall = "Mr. Smith met Dr. Jones in the U.S. on Monday, and they talked for a long time. ".repeat(40);
        Path csv = file("walls.csv", "title,body\nA wall,\"" + wall + "\"\nShort,One sentence only.\n");
        Run run = Dossier.run("import", csv.toString(), "--data", store.dir().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("1 article came as one block of text: split into paragraphs between sentences, every word kept.",
                run.outLines().get(1));
        List<String> paragraphs = store.load().knowledgeBase().article("a-wall").paragraphs();
        assertTrue(paragraphs.size() > 3, paragraphs.toString());
        assertEquals(wall.strip(), String.join(" ", paragraphs));

        Path again = file("walls2.csv", "title,body\nAnother wall,\"" + wall.replace("Smith", "Brown") + "\"\n");
        JsonObject json = JsonParser.parseString(Dossier.run("import", "--json", again.toString(), "--data",
                store.dir().toString()).out()).getAsJsonObject();
        assertEquals(1, json.get("split").getAsInt());
    }
}
