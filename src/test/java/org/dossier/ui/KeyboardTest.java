package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.dossier.ui.state.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A reader who keeps their hands on the keyboard: dialogs, pages and matches are where the keys expect them. */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {

    private static final String ARTICLE = "Ukraine and Denmark Collaborate on Military Production in Denmark";

    @RegisterExtension
    final DossierWindow driver = DossierWindow.onBundledStore();

    @Test
    void the_path_dialog_opens_with_the_cursor_in_from_so_that_two_names_and_enter_find_the_path(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // Monocle sends keys to a new window only once it is clicked: a click on its header moves no focus.
        robot.clickOn("How are two entities connected? (ids, names or aliases)");
        assertEquals("pathFrom", DossierWindow.onFx(() -> robot.lookup("#pathFrom").query().getScene().getFocusOwner()
                .getId()), "the cursor is in From");
        robot.write("Herman Smetanin").type(KeyCode.TAB).write("Denmark");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Place.PathPage("herman-smetanin", "denmark"), driver.state.navigation().current());
    }

    @Test
    void an_article_opened_from_the_overview_has_the_focus_on_its_title_and_one_tab_reaches_its_first_link(
            FxRobot robot) {
        robot.interact(() -> robot.lookup("#readFirst").query().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("articleTitle", focusOwner(robot).getId(), "the page's content has the focus, not the toolbar");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = focusOwner(robot);
        assertTrue(owner instanceof Hyperlink h && h.getStyleClass().contains("mention"), "focus is on " + owner);
        assertEquals("Ukraine", ((Hyperlink) owner).getText(), "the article's first link");
    }

    @Test
    void after_clicking_a_link_the_focus_is_on_the_page_it_opened(FxRobot robot) {
        robot.clickOn(ARTICLE);
        robot.clickOn(DossierWindow.link(robot, "#articleView", "Denmark"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("entityName", focusOwner(robot).getId());
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("graphButton", focusOwner(robot).getId(), "Tab goes on through the page's own buttons");
    }

    @Test
    void the_quick_switcher_opens_a_page_with_the_focus_on_it_even_after_the_article_list_had_it(FxRobot robot)
            throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> driver.state.search().indexProperty().get() != null);
        robot.clickOn(ARTICLE);
        assertEquals("articles", focusOwner(robot).getId(), "the list keeps the focus it was clicked for");
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("Denmark");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DossierWindow.onFx(() -> !robot.lookup("#quickSwitchList")
                .queryListView().getItems().isEmpty()));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("entityName", focusOwner(robot).getId());
    }

    @Test
    void with_an_article_open_f3_steps_through_the_matches_of_what_the_search_field_holds(FxRobot robot)
            throws Exception {
        searchWithTheArticleOpen(robot, "exports");
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hitBar(robot).startsWith("Match 1 of"));
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hitBar(robot).startsWith("Match 2 of"));
    }

    @Test
    void with_an_article_open_enter_in_the_search_field_marks_its_matches_instead_of_leaving_it(FxRobot robot)
            throws Exception {
        searchWithTheArticleOpen(robot, "exports");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#searchResults").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hitBar(robot).startsWith("Match 1 of"));
        assertEquals(new Place.ArticlePage("ukraine-denmark-military-production"),
                new Place.ArticlePage(((Place.ArticlePage) driver.state.navigation().current()).articleId()));
    }

    /** Opens the article from the list, then types {@code words} in the search field (Ctrl+F). */
    private void searchWithTheArticleOpen(FxRobot robot, String words) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> driver.state.search().indexProperty().get() != null);
        robot.clickOn(ARTICLE);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write(words);
    }

    private static String hitBar(FxRobot robot) {
        return DossierWindow.onFx(() -> robot.lookup("#hitBar").tryQuery().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).orElse(""));
    }

    private Node focusOwner(FxRobot robot) {
        return DossierWindow.onFx(() -> driver.window.scene().getFocusOwner());
    }
}
