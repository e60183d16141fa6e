package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dossier.app.Launcher;
import org.dossier.model.Article;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreLock;
import org.dossier.store.TestStore;
import org.dossier.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real {@code dossier import} processes on one store at the same time, their files sharing every title: both
 * import everything, and the store ends with every article of both (before the store lock, one side's articles
 * overwrote the other's and only survived in .bak files).
 */
class ConcurrentImportTest {

    private static final int EACH = 1500;

    @TempDir
    Path temp;

    @Test
    void two_imports_at_once_with_the_same_titles_keep_every_article_of_both() throws Exception {
        TestStore store = TestStore.in(temp.resolve("store"));
        Path a = sharedTitles("a");
        Path b = sharedTitles("b");
        long started = System.nanoTime();
        Process first = importer(a, store.dir());
        CompletableFuture<String> firstSaid = CompletableFuture.supplyAsync(() -> ChildJvm.output(first));
        Process second = importer(b, store.dir());
        String secondSaid = ChildJvm.output(second);
        assertTrue(first.waitFor(120, TimeUnit.SECONDS) && second.waitFor(120, TimeUnit.SECONDS), "an import hung");
        String firstOut = firstSaid.get(10, TimeUnit.SECONDS);
        assertEquals(0, first.exitValue(), firstOut);
        assertEquals(0, second.exitValue(), secondSaid);
        assertTrue(firstOut.contains("Imported " + EACH + " articles"), firstOut);
        assertTrue(secondSaid.contains("Imported " + EACH + " articles"), secondSaid);

        LoadResult loaded = store.load();
        assertEquals(List.of(), loaded.problems());
        List<Article> articles = loaded.knowledgeBase().articles();
        assertEquals(2 * EACH + 2, articles.size(), "every article of both imports, and the store's own two");
        assertEquals(EACH, articles.stream().filter(x -> x.paragraphs().get(0).startsWith("Side a ")).count());
        assertEquals(EACH, articles.stream().filter(x -> x.paragraphs().get(0).startsWith("Side b ")).count());
        System.out.println("ConcurrentImportTest: " + articles.size() + " articles after two imports of " + EACH
                + " in " + (System.nanoTime() - started) / 1_000_000 + " ms; one waited: "
                + (firstOut + secondSaid).contains("waiting…"));
    }

    @Test
    void an_import_waits_for_another_writer_and_gives_up_after_its_bound_with_exit_status_1() throws Exception {
        TestStore store = TestStore.in(temp.resolve("store"));
        Path a = sharedTitles("a");
        String said;
        Process waiting;
        try (StoreLock held = StoreLock.acquire(store.dir(), Duration.ofSeconds(10), m -> { })) {
            waiting = ChildJvm.start(Launcher.class, List.of("-Xmx128m", "-D" + StoreLock.WAIT_PROPERTY + "=1"),
                    "import", a.toString(), "--data", store.dir().toString());
            said = ChildJvm.output(waiting);
            assertTrue(waiting.waitFor(30, TimeUnit.SECONDS), "the import did not give up");
        }
        assertEquals(1, waiting.exitValue(), said);
        long pid = ProcessHandle.current().pid();
        assertTrue(said.contains("dossier: the store is being changed by another Dossier (pid " + pid + "): waiting…"),
                said);
        assertTrue(said.contains("dossier: nothing was imported: the store '" + store.dir().toRealPath()
                + "' is being changed by another Dossier (pid " + pid + "); gave up after waiting 1 s."), said);
        assertEquals(2, store.load().knowledgeBase().articles().size(), "nothing was written");
    }

    /** A CSV of {@value #EACH} articles titled "Shared title 0" to "Shared title 1499", with the side's own text. */
    private Path sharedTitles(String side) throws IOException {
        StringBuilder csv = new StringBuilder("title,body\n");
        for (int i = 0; i < EACH; i++) {
            csv.append("Shared title ").append(i).append(",\"Side ").append(side).append(' ').append(i)
                    .append(": Denmark and Ukraine talk about production.\"\n");
        }
        return Files.writeString(temp.resolve(side + ".csv"), csv, StandardCharsets.UTF_8);
    }

    private static Process importer(Path file, Path store) throws IOException {
        return ChildJvm.start(Launcher.class, List.of("-Xmx256m"), "import", file.toString(), "--data",
                store.toString());
    }
}
