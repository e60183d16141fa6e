package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.dossier.model.Article;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreLock;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window and another writer (a command-line import) on one store: the window's save waits for the lock and says
 * so in the status bar, and an article the other writer created meanwhile under the same id is not overwritten:
 * the window's article takes the next id.
 */
@ExtendWith(ApplicationExtension.class)
class StoreLockWindowTest {

    private static final String THEIRS = "articles/danish-plant-to-supply-ukraine.json";

    @RegisterExtension
    final DossierWindow driver = DossierWindow.unopened();

    @Test
    void an_import_waits_for_another_writer_and_never_overwrites_the_article_it_made_meanwhile(FxRobot robot)
            throws Exception {
        Path store = driver.copyOfBundledStore();
        Path file = Files.writeString(driver.folder("import").resolve("danish-plant.txt"),
                "Danish plant to supply Ukraine\n\nDenmark and Ukraine opened a plant.\n");
        driver.open(store);

        String theirs;
        try (StoreLock other = StoreLock.acquire(store, Duration.ofSeconds(10), m -> { })) {
            robot.interact(() -> driver.window.importFiles(List.of(file)));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#notice").tryQuery()
                    .map(n -> ((Label) n).getText()).filter(t -> t != null && t.equals("The store is being changed by "
                            + "another window or task of this Dossier: waiting…")).isPresent());
            assertFalse(Files.exists(store.resolve(THEIRS)), "the window wrote while another writer held the lock");
            theirs = Files.readString(store.resolve("articles/ukraine-denmark-military-production.json"))
                    .replace("ukraine-denmark-military-production", "danish-plant-to-supply-ukraine");
            Files.writeString(store.resolve(THEIRS), theirs);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importSummary").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        String summary = robot.lookup("#importSummary").queryAs(DialogPane.class).getContentText();
        assertTrue(summary.startsWith("1 article imported"), summary);
        robot.clickOn("OK");

        assertEquals(theirs, Files.readString(store.resolve(THEIRS)), "their article is kept, byte for byte");
        LoadResult loaded = StoreReader.load(store);
        assertEquals(List.of(), loaded.problems());
        Article ours = loaded.knowledgeBase().article("danish-plant-to-supply-ukraine-2");
        assertEquals(List.of("Denmark and Ukraine opened a plant."), ours.paragraphs());
        // The window reloads for the other writer's article, which it did not write: then it lists all three.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> DossierWindow.onFx(() -> driver.state.session().knowledgeBase().articles().size()) == 3);
    }
}
