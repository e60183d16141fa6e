package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Mention;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path temp;

    @Test
    void a_new_file_is_written_without_a_backup_or_temporary_files() throws Exception {
        Path file = temp.resolve("entities.json");
        AtomicFiles.write(file, bytes("one"));
        assertEquals("one", Files.readString(file));
        assertEquals(List.of("entities.json"), names(temp));
    }

    @Test
    void overwriting_keeps_the_previous_version_where_the_caller_says_and_leaves_no_temporary_files() throws Exception {
        Path file = temp.resolve("articles/a1.json");
        Path backup = temp.resolve(".backups/articles/a1.json");
        AtomicFiles.write(file, bytes("one"), backup);
        assertFalse(Files.exists(backup), "a new file has no previous version");
        AtomicFiles.write(file, bytes("two"), backup);
        assertEquals("two", Files.readString(file));
        assertEquals("one", Files.readString(backup));
        AtomicFiles.write(file, bytes("three"), backup);
        assertEquals("two", Files.readString(backup), "one backup per file: the version before");
        assertEquals(List.of("a1.json"), names(file.getParent()), "nothing beside the file");
        assertEquals(List.of("a1.json"), names(backup.getParent()));
    }

    @Test
    void a_file_written_without_a_backup_place_keeps_none() throws Exception {
        Path file = temp.resolve("graph.png");
        AtomicFiles.write(file, bytes("one"));
        AtomicFiles.write(file, bytes("two"));
        assertEquals(List.of("graph.png"), names(temp));
    }

    @Test
    void its_temporary_files_are_told_from_other_files_by_name() {
        assertTrue(AtomicFiles.isTemporaryFile(Path.of(".a1.json123456789.tmp")));
        assertTrue(AtomicFiles.isTemporaryFile(Path.of(".entities.json18446744073709551615.tmp")));
        assertFalse(AtomicFiles.isTemporaryFile(Path.of("notes.tmp")), "not hidden: not ours");
        assertFalse(AtomicFiles.isTemporaryFile(Path.of(".notes.tmp")), "no number: not ours");
        assertFalse(AtomicFiles.isTemporaryFile(Path.of(".a1.json123.tmp.txt")));
    }

    @Test
    void missing_folders_are_created() throws Exception {
        Path file = temp.resolve("store/articles/a1.json");
        AtomicFiles.write(file, bytes("{}"));
        assertEquals("{}", Files.readString(file));
        assertFalse(names(file.getParent()).stream().anyMatch(n -> n.endsWith(".tmp")));
    }

    @Test
    void a_new_file_gets_the_permissions_any_new_file_gets_and_a_rewritten_one_keeps_its_own() throws Exception {
        Path file = temp.resolve("entities.json");
        AtomicFiles.write(file, bytes("one"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(temp.resolve("by-hand.txt")));
        assertEquals(usual, Files.getPosixFilePermissions(file), "not owner-only, as a temporary file is made");
        Set<PosixFilePermission> own = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, own);
        AtomicFiles.write(file, bytes("two"));
        assertEquals(own, Files.getPosixFilePermissions(file));
    }

    @Test
    void a_streamed_article_file_is_byte_for_byte_what_its_json_tree_gives() throws Exception {
        Article a = new Article("a1", "Ukraine’s \"plant\" <1>", "www.example.org", "https://example.org/a?x=1&y=2",
                org.dossier.model.PartialDate.parse("2024-06"), List.of("Україна builds.\tTabs\\slashes", "Second."),
                List.of(new Mention("ukraine", 0, 0, 7, "Україна")));
        Article plain = new Article("a2", "Plain", null, null, null, List.of(), List.of());
        for (Article article : List.of(a, plain)) {
            java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();
            StoreJson.writeArticle(article, streamed);
            assertEquals(StoreJson.text(StoreJson.article(article)), streamed.toString(StandardCharsets.UTF_8));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
