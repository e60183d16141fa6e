package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import org.dossier.model.Article;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A reader corrects links in the text: unlinks, links a selection to a new entity, and undoes it. */
@ExtendWith(ApplicationExtension.class)
class CurationWindowTest {

    private static final String ARTICLE = "ukraine-denmark-military-production";
    @RegisterExtension
    final DossierWindow driver = DossierWindow.unopened();
    private Path store;

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        store = driver.copyOfBundledStore();
        driver.open(store);
        robot.clickOn("Ukraine and Denmark Collaborate on Military Production in Denmark");
        WaitForAsyncUtils.waitForFxEvents();
    }


    @Test
    void unlinking_every_identical_mention_removes_them_all_and_undo_brings_them_back(FxRobot robot)
            throws Exception {
        int before = mentionsOf("denmark");
        int shown = countLinks(robot, "Denmark");
        assertEquals(7, shown, "the seed names Denmark seven times, besides 'Danish'");
        robot.rightClickOn(DossierWindow.link(robot, "#articleView", "Denmark"));
        robot.clickOn("#unlinkAll");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, countLinks(robot, "Denmark"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> savedMentionsOf("denmark") == before - shown);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shown, countLinks(robot, "Denmark"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> savedMentionsOf("denmark") == before);
    }

    @Test
    void unlinking_one_mention_leaves_the_others(FxRobot robot) {
        int shown = countLinks(robot, "Denmark");
        robot.rightClickOn(DossierWindow.link(robot, "#articleView", "Denmark"));
        robot.clickOn("#unlinkOne");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shown - 1, countLinks(robot, "Denmark"));
    }

    @Test
    void a_selected_word_becomes_a_new_entity_linked_in_place(FxRobot robot) throws Exception {
        Text minister = robot.lookup("#articleView").lookup((Text t) -> t.getText().contains(" Minister "))
                .queryAs(Text.class);
        robot.doubleClickOn(DossierWindow.inView(robot, minister), MouseButton.PRIMARY);
        robot.rightClickOn(minister);
        robot.clickOn("#newEntity");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        // Linking it wherever the store names it reads the articles on a reading thread first.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DossierWindow.onFx(() ->
                driver.state.session().knowledgeBase().entity("minister") != null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, countLinks(robot, "Minister"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            var kb = StoreReader.load(store);
            return kb.problems().isEmpty() && kb.knowledgeBase().entity("minister") != null;
        });

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(driver.state.session().knowledgeBase().entity("minister"));
        assertEquals(0, countLinks(robot, "Minister"));
    }

    private int mentionsOf(String entity) {
        return driver.state.session().knowledgeBase().mentionCount(entity);
    }

    private int savedMentionsOf(String entity) {
        Article a = StoreReader.load(store).knowledgeBase().article(ARTICLE);
        return (int) a.mentions().stream().filter(m -> m.entity().equals(entity)).count();
    }

    private static int countLinks(FxRobot robot, String text) {
        return (int) robot.lookup("#articleView").lookup(".mention").queryAllAs(javafx.scene.control.Hyperlink.class)
                .stream().filter(h -> h.getText().equals(text)).count();
    }
}
