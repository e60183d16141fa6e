package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.dossier.store.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A store with problems still opens with what is valid and lists the problems; an empty one says what to do. */
@ExtendWith(ApplicationExtension.class)
class BrokenAndEmptyStoreWindowTest {

    @RegisterExtension
    final DossierWindow driver = DossierWindow.unopened();


    @Test
    void a_store_with_a_broken_file_opens_with_the_rest_and_shows_the_problems(FxRobot robot) throws Exception {
        Path store = driver.copyOfBundledStore();
        Files.writeString(store.resolve("articles/broken.json"), "{\n  \"id\": \"broken\",\n  \"title\": \n}\n",
                StandardCharsets.UTF_8);
        open(robot, store);

        assertEquals(1, robot.lookup("#articles").queryAs(ListView.class).getItems().size(),
                "the valid article is still listed");
        TableView<?> table = robot.lookup("#problemsTable").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        Problem problem = (Problem) table.getItems().get(0);
        assertEquals("articles/broken.json", problem.file());
        assertEquals(4, problem.line());
        assertTrue(problem.message().contains("not valid JSON"), problem.message());
        assertTrue(DossierWindow.textOf(robot, "#toolbar").contains("1 problem"));

        robot.clickOn("#problemsToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#problemsTable").tryQuery().isEmpty(), "the toggle hides the Problems view");
    }

    @Test
    void an_empty_store_shows_what_to_do_instead_of_a_blank_window(FxRobot robot) throws Exception {
        open(robot, driver.folder("empty"));
        assertEquals("This store is empty", robot.lookup("#emptyTitle").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#openStoreButton").tryQuery().isPresent());
        assertTrue(DossierWindow.textOf(robot, "#articleList").contains("No articles in this store yet."));
    }

    @Test
    void a_missing_store_folder_is_named_in_the_problems(FxRobot robot) throws Exception {
        Path missing = driver.folder("parent").resolve("no-such-store");
        open(robot, missing);
        assertEquals("Nothing could be loaded from this store",
                robot.lookup("#emptyTitle").queryAs(Label.class).getText());
        TableView<?> table = robot.lookup("#problemsTable").queryAs(TableView.class);
        Problem problem = (Problem) table.getItems().get(0);
        assertTrue(problem.message().contains("does not exist") && problem.message().contains("no-such-store"),
                problem.message());
    }

    private void open(FxRobot robot, Path store) throws Exception {
        driver.open(store);
    }
}
