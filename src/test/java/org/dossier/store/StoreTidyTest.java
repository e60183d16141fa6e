package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTidyTest {

    @TempDir
    Path temp;

    private static Path aged(Path file, Duration age) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }

    @Test
    void temporary_files_a_crash_left_are_removed_at_the_next_opening_and_only_ours() throws Exception {
        TestStore store = TestStore.in(temp);
        store.write("articles/.a1.json4411223344.tmp", "{ half a file");
        Path leftover = aged(store.file("articles/.a1.json4411223344.tmp"), Duration.ofMinutes(5));
        store.write(".entities.json77.tmp", "{ half");
        aged(store.file(".entities.json77.tmp"), Duration.ofHours(1));
        store.write("articles/.notes.tmp", "someone else's");
        aged(store.file("articles/.notes.tmp"), Duration.ofDays(3));
        store.write("notes77.tmp", "not hidden: not ours");
        aged(store.file("notes77.tmp"), Duration.ofDays(3));
        Instant opened = Instant.now();
        store.write("articles/.a2.json99.tmp", "a writer at work right now");
        Files.setLastModifiedTime(store.file("articles/.a2.json99.tmp"), FileTime.from(opened.plusSeconds(1)));

        StoreTidy.Tidied tidied = StoreTidy.afterOpening(store.load(), opened);

        assertEquals(2, tidied.temporaryFiles());
        assertFalse(Files.exists(leftover));
        assertFalse(Files.exists(store.file(".entities.json77.tmp")));
        assertTrue(Files.exists(store.file("articles/.a2.json99.tmp")), "younger than the opening: in use");
        assertTrue(Files.exists(store.file("articles/.notes.tmp")), "not named as ours");
        assertTrue(Files.exists(store.file("notes77.tmp")));
    }

    @Test
    void backups_older_than_two_weeks_are_pruned_and_younger_ones_kept() throws Exception {
        TestStore store = TestStore.in(temp);
        store.write(".backups/articles/a1.json", "old");
        aged(store.file(".backups/articles/a1.json"), Duration.ofDays(15));
        store.write(".backups/entities.json", "recent");
        aged(store.file(".backups/entities.json"), Duration.ofDays(13));

        StoreTidy.Tidied tidied = StoreTidy.afterOpening(store.load(), Instant.now());

        assertEquals(1, tidied.oldBackups());
        assertFalse(Files.exists(store.file(".backups/articles/a1.json")));
        assertEquals("recent", Files.readString(store.file(".backups/entities.json")));
    }

    @Test
    void backups_an_earlier_dossier_kept_beside_each_file_move_into_the_backup_folder() throws Exception {
        TestStore store = TestStore.in(temp);
        store.write("articles/a1.json.bak", "a1 before");
        store.write("entities.json.bak", "entities before");
        store.write(".backups/entities.json", "a newer backup");

        StoreTidy.Tidied tidied = StoreTidy.afterOpening(store.load(), Instant.now());

        assertEquals(2, tidied.movedBackups());
        assertEquals("a1 before", Files.readString(store.file(".backups/articles/a1.json")));
        assertEquals("a newer backup", Files.readString(store.file(".backups/entities.json")), "the newer one stays");
        assertFalse(Files.exists(store.file("articles/a1.json.bak")));
        assertFalse(Files.exists(store.file("entities.json.bak")));
        assertEquals(List.of(), store.load().problems());
    }

    @Test
    void nothing_is_tidied_while_another_writer_holds_the_lock() throws Exception {
        TestStore store = TestStore.in(temp);
        store.write("articles/.a1.json12.tmp", "{ another writer's");
        aged(store.file("articles/.a1.json12.tmp"), Duration.ofMinutes(1));
        try (StoreLock other = StoreLock.acquire(store.dir(), Duration.ZERO, m -> { })) {
            assertTrue(StoreTidy.afterOpening(store.load(), Instant.now()).nothing());
        }
        assertTrue(Files.exists(store.file("articles/.a1.json12.tmp")));
    }

    @Test
    void a_store_opened_read_only_and_a_tidy_store_are_not_touched_at_all() throws Exception {
        TestStore store = TestStore.in(temp).replace(TestStore.STORE, "\"formatVersion\": 1", "\"formatVersion\": 2");
        store.write("articles/.a1.json12.tmp", "{ half");
        aged(store.file("articles/.a1.json12.tmp"), Duration.ofMinutes(1));
        assertTrue(StoreTidy.afterOpening(store.load(), Instant.now()).nothing());
        assertTrue(Files.exists(store.file("articles/.a1.json12.tmp")));

        TestStore tidy = TestStore.in(temp.resolve("tidy"));
        assertTrue(StoreTidy.afterOpening(tidy.load(), Instant.now()).nothing());
        assertFalse(Files.exists(tidy.file(StoreLayout.LOCK_FILE)), "not even the lock file is made");
    }
}
