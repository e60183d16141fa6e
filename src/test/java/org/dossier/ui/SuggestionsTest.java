package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A name the store does not know is suggested, and one click makes it an entity linked everywhere. */
@ExtendWith(ApplicationExtension.class)
class SuggestionsTest {

    @RegisterExtension
    final DossierWindow driver = DossierWindow.unopened();


    @Test
    void a_suggested_name_becomes_an_entity_linked_in_every_article_in_one_click(FxRobot robot) throws Exception {
        driver.openCopyWithImported(robot, "kallas.txt", "Estonia backs Denmark\n\nPrime Minister Kaja Kallas "
                + "visited Denmark. Kaja Kallas said the plant matters.\n");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> row(robot, "Kaja Kallas") != null);
        Button create = (Button) row(robot, "Kaja Kallas").lookup(".suggestion-create");
        robot.clickOn(create);
        // Creating it finds every occurrence on a reading thread first.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DossierWindow.onFx(() -> driver.state.session()
                .knowledgeBase().entities().stream().anyMatch(e -> e.name().equals("Kaja Kallas"))));

        Entity kallas = driver.state.session().knowledgeBase().entities().stream().filter(e -> e.name().equals("Kaja Kallas"))
                .findFirst().orElseThrow();
        assertEquals("person", kallas.kind(), "it followed a title");
        assertEquals(2, driver.state.session().knowledgeBase().mentionCount(kallas.id()));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(driver.state.session().knowledgeBase().entity(kallas.id()));
    }

    private static Node row(FxRobot robot, String name) {
        return robot.lookup("#suggestionsPage").lookup((Node n) -> name.equals(n.getUserData())).tryQuery().orElse(null);
    }
}
