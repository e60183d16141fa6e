package org.dossier.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.store.LoadResult;
import org.dossier.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window writes to the stores it opens, so opening one tidies what earlier writers left. */
class StoreLoadingTidyTest {

    @TempDir
    Path temp;

    @Test
    void opening_a_store_in_the_window_removes_the_temporary_file_a_crashed_save_left() throws Exception {
        TestStore store = TestStore.in(temp).write("articles/.a1.json123.tmp", "{ half a file");
        Files.setLastModifiedTime(store.file("articles/.a1.json123.tmp"), FileTime.from(Instant.now().minusSeconds(60)));

        LoadResult loaded = StoreLoading.start(store.dir(), Runnable::run).result().get(30, TimeUnit.SECONDS);

        assertEquals(List.of(), loaded.problems());
        assertFalse(Files.exists(store.file("articles/.a1.json123.tmp")));
    }
}
