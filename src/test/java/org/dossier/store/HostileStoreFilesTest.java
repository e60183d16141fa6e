package org.dossier.store;

import static org.dossier.store.TestStore.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.testing.SpecialFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store files that are not what they seem: pipes, devices, links out of the store, files too large to read, text
 * holding zero bytes. Each is reported with its file and why, never waited on, never read without bound, and the
 * rest of the store loads.
 */
class HostileStoreFilesTest {

    private static final Duration QUICK = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    @Test
    void a_fifo_in_articles_is_reported_not_waited_on() throws Exception {
        TestStore store = TestStore.in(temp.resolve("store"));
        SpecialFiles.fifo(store.file("articles/pipe.json"));
        LoadResult loaded = assertTimeoutPreemptively(QUICK, store::load);
        Problem p = onlyProblem(loaded);
        assertEquals("articles/pipe.json", p.file());
        assertEquals("this is a named pipe (FIFO), not a regular file: Dossier reads only regular files", p.message());
        assertEquals(2, loaded.knowledgeBase().articles().size(), "the other articles load");
        assertEquals(Set.of("articles/pipe.json"), loaded.damagedFiles());
    }

    @Test
    void a_link_to_dev_zero_is_reported_not_read() throws Exception {
        TestStore store = TestStore.in(temp.resolve("store"));
        Files.createSymbolicLink(store.file("articles/zero.json"), SpecialFiles.devZero());
        Problem p = onlyProblem(assertTimeoutPreemptively(QUICK, store::load));
        assertEquals("articles/zero.json", p.file());
        assertEquals("this is a link to /dev/zero, outside the store: Dossier follows links only to files inside the "
                + "store folder", p.message());
    }

    @Test
    void a_link_to_an_article_outside_the_store_is_reported_not_loaded() throws Exception {
        TestStore store = TestStore.in(temp.resolve("store"));
        Path outside = Files.writeString(temp.resolve("a3.json"), TestStore.A2_JSON.replace("\"a2\"", "\"a3\""));
        Files.createSymbolicLink(store.file("articles/a3.json"), outside);
        LoadResult loaded = store.load();
        Problem p = onlyProblem(loaded);
        assertEquals("articles/a3.json", p.file());
        assertTrue(p.message().startsWith("this is a link to " + outside + ", outside the store"), p.message());
        assertEquals(List.of("a1", "a2"), ids(loaded));
    }

    @Test
    void a_link_to_a_file_inside_the_store_is_followed() throws Exception {
        TestStore store = TestStore.in(temp.resolve("store"))
                .write("drafts/a3.json", TestStore.A2_JSON.replace("\"a2\"", "\"a3\""));
        Files.createSymbolicLink(store.file("articles/a3.json"), Path.of("../drafts/a3.json"));
        LoadResult loaded = store.load();
        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of("a1", "a2", "a3"), ids(loaded));
    }

    @Test
    void a_dangling_link_says_where_it_leads() throws Exception {
        TestStore store = TestStore.in(temp.resolve("store")).delete(TestStore.RELATIONS);
        Files.createSymbolicLink(store.file(TestStore.RELATIONS), Path.of("../gone/relations.json"));
        LoadResult loaded = store.load();
        Problem p = onlyProblem(loaded);
        assertEquals("relations.json", p.file());
        assertEquals("this is a link to ../gone/relations.json, which does not exist", p.message());
        assertTrue(loaded.damagedFiles().contains("relations.json"), "never overwritten by a save");
    }

    @Test
    void an_articles_folder_that_leads_out_of_the_store_is_reported_not_read() throws Exception {
        TestStore elsewhere = TestStore.in(temp.resolve("elsewhere"));
        TestStore store = TestStore.in(temp.resolve("store")).delete(TestStore.A1).delete(TestStore.A2)
                .delete(TestStore.RELATIONS);
        Files.delete(store.file("articles"));
        Files.createSymbolicLink(store.file("articles"), elsewhere.file("articles"));
        Problem p = onlyProblem(store.load());
        assertEquals("articles", p.file());
        assertTrue(p.message().startsWith("the articles folder is a link to " + elsewhere.file("articles").toRealPath()
                + ", outside the store"), p.message());
    }

    @Test
    void a_store_file_over_the_bound_is_reported_without_being_read() throws Exception {
        TestStore store = TestStore.in(temp.resolve("store"));
        try (RandomAccessFile sparse = new RandomAccessFile(store.file("articles/huge.json").toFile(), "rw")) {
            sparse.setLength(300L * 1024 * 1024); // takes no disk: the bound must hold before a byte is read
        }
        Problem p = onlyProblem(assertTimeoutPreemptively(QUICK, store::load));
        assertEquals("articles/huge.json", p.file());
        assertEquals("the file is larger than 256 MB, the most Dossier reads from one store file", p.message());
    }

    @Test
    void a_paragraph_holding_zero_bytes_is_reported_with_its_file_and_place() {
        TestStore store = TestStore.in(temp.resolve("store"))
                .replace(TestStore.A2, "\"Ukraine builds.\"", "\"Ukraine builds.\\u0000\\u0000\"");
        LoadResult loaded = store.load();
        Problem p = onlyProblem(loaded);
        assertEquals("articles/a2.json", p.file());
        assertEquals("$.paragraphs[0]", p.path());
        assertEquals(4, p.line());
        assertEquals("the paragraph holds the control character U+0000 (NUL) at character 16, which is not text (was "
                + "part of a binary file imported?)", p.message());
        assertEquals(Set.of("articles/a2.json"), loaded.damagedFiles(), "never overwritten by a save");
        assertEquals(List.of("a1", "a2"), ids(loaded), "and still shown");
    }

    private static List<String> ids(LoadResult loaded) {
        return loaded.knowledgeBase().articles().stream().map(Article::id).sorted().toList();
    }
}
