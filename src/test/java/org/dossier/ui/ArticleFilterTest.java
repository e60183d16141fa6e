package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The article list narrowed to the articles that mention an entity, and widened again with its chip. */
@ExtendWith(ApplicationExtension.class)
class ArticleFilterTest {

    @RegisterExtension
    final DossierWindow driver = DossierWindow.unopened();


    @Test
    void an_entity_chip_narrows_the_list_and_clicking_it_removes_the_filter(FxRobot robot) throws Exception {
        driver.openCopyWithImported(robot, "plant.txt", "A plant in Denmark\n\nDenmark opened a plant with NATO partners.\n");
        ListView<?> list = robot.lookup("#articles").queryAs(ListView.class);
        assertEquals(2, list.getItems().size());

        robot.clickOn(DossierWindow.link(robot, "#startPage", "Herman Smetanin"));
        robot.clickOn("#filterByEntityButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, list.getItems().size(), "only the seed article mentions Smetanin");
        assertTrue(DossierWindow.textOf(robot, "#articleList").contains("1 of 2"));

        robot.clickOn("#chip-herman-smetanin");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, list.getItems().size());
        assertTrue(robot.lookup("#chip-herman-smetanin").tryQuery().isEmpty());
    }
}
