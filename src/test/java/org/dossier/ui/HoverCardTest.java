package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.dossier.ui.state.Place;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A preview card that is open never takes the click meant for what lies under the pointer. */
@ExtendWith(ApplicationExtension.class)
class HoverCardTest {

    @RegisterExtension
    final DossierWindow driver = DossierWindow.onBundledStore();

    @BeforeEach
    void cardShownOverTheArticle(FxRobot robot) throws Exception {
        robot.clickOn("Ukraine and Denmark Collaborate on Military Production in Denmark");
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(DossierWindow.link(robot, "#articleView", "Herman Smetanin"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DossierWindow.onFx(() -> robot.lookup("#mentionPreview")
                .tryQuery().map(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).orElse(false)));
    }

    @Test
    void another_link_clicked_at_once_opens_its_entity(FxRobot robot) {
        robot.clickOn(DossierWindow.link(robot, "#articleView", "Denmark"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Denmark", robot.lookup("#entityName").queryAs(Label.class).getText());
    }

    @Test
    void back_clicked_at_once_goes_back(FxRobot robot) {
        robot.clickOn("#backButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Place.Start(), driver.state.navigation().current());
    }
}
