package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.dossier.edit.AddEntity;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The small things a new user noticed: counts that lag, a crooked shortcut list, an arbitrary featured article. */
@ExtendWith(ApplicationExtension.class)
class SmallDefectsTest {

    @RegisterExtension
    final DossierWindow driver = DossierWindow.unopened();

    @Test
    void the_status_bar_counts_an_entity_as_soon_as_it_is_created(FxRobot robot) throws Exception {
        driver.open(driver.copyOfBundledStore());
        assertTrue(status(robot).contains("13 entities"), status(robot));
        Entity added = new Entity("lviv", "city", "Lviv", List.of(), List.of(), List.of(), "", Map.of());
        robot.interact(() -> driver.state.edits().perform(new AddEntity(added)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status(robot).contains("14 entities"), status(robot));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status(robot).contains("13 entities"), "undone: " + status(robot));
    }

    @Test
    void the_overview_features_the_newest_article(FxRobot robot) throws Exception {
        driver.openCopyWithImported(robot, "accord.json", """
                {"title": "Zebra accord signed in Kyiv", "date": "2025-03-04",
                 "paragraphs": ["Ukraine and Denmark signed another accord."]}""");
        robot.clickOn("#overviewButton");
        WaitForAsyncUtils.waitForFxEvents();
        String featured = DossierWindow.onFx(() -> robot.lookup("#readFirst").queryButton().getText());
        assertEquals("Read “Zebra accord signed in Kyiv”", featured, "the dated article is newer than the undated seed");
    }

    @Test
    void the_shortcut_list_has_its_keys_in_one_column_and_what_they_do_in_another(FxRobot robot) throws Exception {
        driver.open(java.nio.file.Path.of("data"));
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tableDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        GridPane grid = robot.lookup("#tableDialog").queryAs(GridPane.class);
        List<Double> keysX = column(grid, 0);
        List<Double> actionsX = column(grid, 1);
        assertEquals(1, keysX.stream().distinct().count(), "keys start at one place: " + keysX);
        assertEquals(1, actionsX.stream().distinct().count(), "actions start at one place: " + actionsX);
        double widestKeys = DossierWindow.onFx(() -> grid.getChildren().stream()
                .filter(n -> GridPane.getColumnIndex(n) == 0).mapToDouble(n -> n.getBoundsInParent().getMaxX())
                .max().orElseThrow());
        assertTrue(actionsX.get(0) > widestKeys, "the actions start after the widest keys");
        assertTrue(DossierWindow.textOf(robot, "#tableDialog").contains("Ctrl+=, Ctrl+-, Ctrl+0"));
        robot.type(KeyCode.ESCAPE);
    }

    private static List<Double> column(GridPane grid, int index) {
        return DossierWindow.onFx(() -> grid.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) == index)
                .map(Node::getBoundsInParent).map(b -> Math.round(b.getMinX() * 10) / 10.0).toList());
    }

    private static String status(FxRobot robot) {
        return DossierWindow.onFx(() -> robot.lookup("#status").queryAs(Label.class).getText());
    }
}
