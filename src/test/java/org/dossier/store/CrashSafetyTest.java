package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real writing process (a JVM of its own, rewriting an article in a loop) killed with SIGKILL at random moments:
 * each time, the store still loads without a problem, and the article file holds exactly the old or the new
 * version, never a mix. Temporary files left by a killed write are never read as data.
 */
class CrashSafetyTest {

    private static final int ROUNDS = 20;

    @TempDir
    Path temp;

    @Test
    void a_store_killed_while_writing_always_loads_with_the_old_or_the_new_content() throws Exception {
        TestStore store = TestStore.in(temp);
        // A leftover of an earlier crash, named as AtomicFiles names its temporary files.
        store.write("articles/.a2.json123456.tmp", "{ half a file");
        byte[] oldBytes = bytes(RewriteForever.oldVersion());
        byte[] newBytes = bytes(RewriteForever.newVersion());
        Random random = new Random(20240621);
        int sawNew = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process writer = startWriter(store.dir());
            Thread.sleep(random.nextInt(400));
            writer.destroyForcibly();
            assertTrue(writer.waitFor(10, TimeUnit.SECONDS), "the writer did not die");
            LoadResult loaded = store.load();
            assertEquals(List.of(), loaded.problems(), "round " + round);
            assertEquals(List.of("a1", "a2"), loaded.knowledgeBase().articles().stream().map(Article::id).sorted().toList());
            byte[] now = Files.readAllBytes(store.file(TestStore.A2));
            boolean isNew = Arrays.equals(newBytes, now);
            if (!isNew && !Arrays.equals(oldBytes, now) && !Arrays.equals(originalBytes(), now)) {
                fail("round " + round + ": articles/a2.json is neither version (" + now.length + " bytes)");
            }
            sawNew += isNew ? 1 : 0;
        }
        assertTrue(sawNew > 0, "the writer never got to write: the test proved nothing");
        try (Stream<Path> files = Files.list(store.file("articles"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(Files.exists(store.file(".backups/articles/a2.json")), "the previous version is kept");
            // A temporary file is left behind only when a kill landed in the middle of a write.
            long midWrite = names.stream().filter(n -> n.endsWith(".tmp")).count() - 1;
            System.out.println("CrashSafetyTest: the new version was there after " + sawNew + " of " + ROUNDS
                    + " kills; " + midWrite + " kills landed in the middle of a write");
        }
    }

    /** Starts RewriteForever on the store and waits until it has loaded it. */
    private static Process startWriter(Path store) throws Exception {
        Process p = ChildJvm.start(RewriteForever.class, List.of("-Xmx128m"), store.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"ready".equals(line)) {
            p.destroyForcibly();
            fail("the writer did not start: " + line);
        }
        return p;
    }

    private static byte[] bytes(Article a) {
        return StoreJson.text(StoreJson.article(a)).getBytes(StandardCharsets.UTF_8);
    }

    /** The test store's own a2.json, as written by hand, which the first round may still find. */
    private static byte[] originalBytes() {
        return TestStore.A2_JSON.getBytes(StandardCharsets.UTF_8);
    }
}
