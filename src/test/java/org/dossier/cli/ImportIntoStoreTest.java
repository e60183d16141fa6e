package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.dossier.cli.Dossier.Run;
import org.dossier.model.Article;
import org.dossier.store.LoadResult;
import org.dossier.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code dossier import} writes into a store and says about it: files made like the store's others, ids that
 * never collide with what is in the folder, dates it could not read, and a store whose store.json is missing.
 */
class ImportIntoStoreTest {

    @TempDir
    Path temp;

    private Path csv(String text) throws IOException {
        return Files.writeString(temp.resolve("news.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void imported_article_files_get_the_permissions_any_new_file_in_the_folder_gets() throws IOException {
        TestStore store = TestStore.in(temp.resolve("store"));
        Path news = csv("title,body\nDenmark helps,Denmark helps Ukraine.\n");
        Run run = Dossier.run("import", news.toString(), "--data", store.dir().toString());
        assertEquals(0, run.exitCode(), run.err());
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(
                Files.createFile(store.file("articles/made-by-hand.txt")));
        assertEquals(usual, Files.getPosixFilePermissions(store.file("articles/denmark-helps.json")),
                "not readable by its owner only, as a temporary file is");
    }

    @Test
    void a_title_whose_id_is_taken_by_a_folder_gets_the_next_id_and_the_rest_imports() throws IOException {
        TestStore store = TestStore.in(temp.resolve("store"));
        Files.createDirectory(store.file("articles/x.json"));
        Path news = csv("title,body\nx,Ukraine builds more.\nOther,Denmark helps.\n");
        Run run = Dossier.run("import", news.toString(), "--data", store.dir().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Imported 2 articles"), run.out());
        LoadResult loaded = store.load();
        assertEquals(List.of(), loaded.problems());
        assertEquals("x", loaded.knowledgeBase().article("x-2").title());
        assertTrue(Files.isDirectory(store.file("articles/x.json")), "the folder is left alone");
    }

    @Test
    void an_unreadable_date_is_reported_with_its_row_and_the_article_imported_without_one() throws IOException {
        TestStore store = TestStore.in(temp.resolve("store"));
        Path news = csv("title,date,body\nGood,2024-06-21,Denmark helps.\nBad,yesterday,Ukraine builds more.\n");
        Run run = Dossier.run("import", news.toString(), "--data", store.dir().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("Imported 2 articles into " + store.dir().toAbsolutePath().normalize()
                        + " (2 mentions linked).", "Imported with 1 warning:",
                "  " + news + ", row 3: the date \"yesterday\" cannot be read; the article is imported without a date"),
                run.outLines());
        Article bad = store.load().knowledgeBase().article("bad");
        assertEquals(null, bad.date());
        Run json = Dossier.run("import", "--json", csv("title,date,body\nLater,31/31/2024,Denmark again.\n").toString(),
                "--data", store.dir().toString());
        assertTrue(json.out().contains("\"warnings\": [\n    {\n      \"from\": \"" + news + ", row 2\",\n"
                + "      \"message\": \"the date \\\"31/31/2024\\\" cannot be read; the article is imported without a date\""),
                json.out());
    }

    @Test
    void a_store_without_its_store_json_is_a_problem_for_check_and_import_writes_one_saying_so() throws IOException {
        TestStore store = TestStore.in(temp.resolve("store")).delete(TestStore.STORE);
        Run check = Dossier.run("check", "--data", store.dir().toString());
        assertEquals(1, check.exitCode());
        assertTrue(check.out().contains("store.json is missing"), check.out());
        Path news = csv("title,body\nDenmark helps,Denmark helps Ukraine.\n");
        Run run = Dossier.run("import", news.toString(), "--data", store.dir().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("dossier: store.json was missing; a new one was written (formatVersion 1)"),
                run.err());
        assertEquals(0, Dossier.run("check", "--data", store.dir().toString()).exitCode(), "check and import agree");
    }

    @Test
    void an_empty_folder_is_a_new_store_for_check_and_import_alike() throws IOException {
        Path empty = Files.createDirectory(temp.resolve("new-store"));
        Run check = Dossier.run("check", "--data", empty.toString());
        assertEquals(0, check.exitCode(), check.out());
        Run run = Dossier.run("import", csv("title,body\nDenmark helps,Denmark helps Ukraine.\n").toString(),
                "--data", empty.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(!run.err().contains("was missing"), "a new store lacked nothing: " + run.err());
        assertEquals(0, Dossier.run("check", "--data", empty.toString()).exitCode());
    }
}
