package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A reader types in the search field and the quick switcher, opens what they find, and steps through hits. */
@ExtendWith(ApplicationExtension.class)
class SearchWindowTest {

    @RegisterExtension
    final DossierWindow driver = DossierWindow.onBundledStore();

    @BeforeEach
    void loaded() throws Exception {
        driver.awaitLoaded();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> driver.state.search().indexProperty().get() != null);
    }


    @Test
    void typing_a_word_shows_the_article_and_enter_opens_it_with_every_hit_highlighted(FxRobot robot)
            throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("exports");
        ListView<?> results = awaitResults(robot);
        assertTrue(results.getItems().toString().contains(
                "Ukraine and Denmark Collaborate on Military Production in Denmark"), results.getItems().toString());
        assertTrue(DossierWindow.textOf(robot, "#searchResults").contains("Articles"), "the section is drawn");

        robot.clickOn(robot.lookup("#searchResults").lookup(".search-title").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("Ukraine and Denmark Collaborate")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#hitBar").tryQuery()
                .map(n -> ((Label) n).getText()).filter(t -> t.startsWith("Match 1 of")).isPresent());
        int hits = robot.lookup(".search-hit").queryAll().size() + robot.lookup(".search-hit-current").queryAll().size();
        assertTrue(hits >= 3, "export, exporting, exported are all found (stemming): " + hits);
        assertEquals(1, robot.lookup(".search-hit-current").queryAll().size());

        robot.type(KeyCode.F3);
        assertTrue(hitBar(robot).startsWith("Match 2 of"), hitBar(robot));
        robot.press(KeyCode.SHIFT, KeyCode.F3).release(KeyCode.F3, KeyCode.SHIFT);
        assertTrue(hitBar(robot).startsWith("Match 1 of"), hitBar(robot));

        robot.clickOn("#searchField");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup(".search-hit").tryQuery().isPresent()) {
            robot.type(KeyCode.ESCAPE); // the first Escape closed the results
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".search-hit").tryQuery().isEmpty(), "Escape clears the highlights");
        assertFalse(robot.lookup("#hitBar").query().isVisible());
        assertFalse(results.getItems().isEmpty());
    }

    @Test
    void an_alias_in_another_script_finds_the_entity_and_says_which_alias_matched(FxRobot robot) throws Exception {
        robot.clickOn("#searchField").write("Зеленський");
        String shown = awaitResults(robot).getItems().toString();
        assertTrue(shown.contains("Volodymyr Zelensky") && shown.contains("Зеленський"), shown);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#entityName").tryQuery().isPresent() || robot.lookup("#articleView").tryQuery().isPresent());
    }

    @Test
    void the_quick_switcher_forgives_word_order_and_opens_with_enter(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("smetanin herman");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#quickSwitchList")
                .queryAs(ListView.class).getItems().isEmpty());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Herman Smetanin", robot.lookup("#entityName").queryAs(Label.class).getText());

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String recent = DossierWindow.textOf(robot, "#quickSwitchList");
        assertTrue(recent.contains("Herman Smetanin"), "recently opened items come first: " + recent);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void a_query_beyond_the_search_engines_limits_is_searched_and_the_notice_line_says_it_was_cut(FxRobot robot)
            throws Exception {
        robot.clickOn("#searchField");
        String query = "denmark" + " OR w".repeat(1_025);
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).setText(query));
        String expected = "the query is too long: only its first 256 words, phrases and filters were searched";
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(WaitForAsyncUtils.asyncFx(() ->
                robot.lookup("#searchNotice").tryQuery().map(n -> ((Label) n).getText()).orElse("")).get()));
        assertTrue(DossierWindow.textOf(robot, "#searchResults").contains(
                "Ukraine and Denmark Collaborate on Military Production in Denmark"), "the words kept are searched");
    }

    private static ListView<?> awaitResults(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#searchResults").tryQuery()
                .map(n -> !((ListView<?>) n).getItems().isEmpty() && n.getScene().getWindow().isShowing())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#searchResults").queryAs(ListView.class);
    }

    private static String hitBar(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#hitBar").queryAs(Label.class).getText();
    }
}
