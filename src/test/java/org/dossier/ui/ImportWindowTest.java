package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A user imports a file: it is linked, listed, saved, and importing it again skips it as a duplicate. */
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {

    @RegisterExtension
    final DossierWindow driver = DossierWindow.unopened();


    @Test
    void an_imported_article_is_linked_listed_and_saved_and_a_second_import_skips_it(FxRobot robot)
            throws Exception {
        Path store = driver.copyOfBundledStore();
        Path file = driver.folder("import").resolve("danish-plant.txt");
        Files.writeString(file, "Danish plant to supply Ukraine\n\nDenmark and Ukraine opened a plant. "
                + "NATO officials said Herman Smetanin attended.\n");
        driver.open(store);

        robot.interact(() -> driver.window.importFiles(List.of(file)));
        String summary = awaitSummary(robot);
        assertTrue(summary.startsWith("1 article imported"), summary);

        ListView<?> articles = robot.lookup("#articles").queryAs(ListView.class);
        assertEquals(2, articles.getItems().size());
        KnowledgeBase saved = StoreReader.load(store).knowledgeBase();
        Article imported = saved.articles().stream().filter(a -> a.title().equals("Danish plant to supply Ukraine"))
                .findFirst().orElseThrow();
        assertTrue(imported.mentions().stream().anyMatch(m -> m.entity().equals("denmark")));
        assertTrue(imported.mentions().stream().anyMatch(m -> m.entity().equals("herman-smetanin")));
        robot.clickOn("OK");

        robot.interact(() -> driver.window.importFiles(List.of(file)));
        summary = awaitSummary(robot);
        assertTrue(summary.contains("0 articles imported") && summary.contains("1 duplicate skipped"), summary);
        robot.clickOn("OK");
        assertEquals(2, StoreReader.load(store).knowledgeBase().articles().size());
    }

    private static String awaitSummary(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importSummary").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#importSummary").queryAs(DialogPane.class).getContentText();
    }
}
