package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.dossier.model.Article;
import org.dossier.ui.state.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A reader opens the seed store, reads the article and clicks through its entities and evidence. */
@ExtendWith(ApplicationExtension.class)
class ReadingAndNavigationTest {

    @RegisterExtension
    final DossierWindow driver = DossierWindow.onBundledStore();

    @Test
    void the_window_opens_on_the_seed_store_with_its_article_listed(FxRobot robot) {
        assertEquals("Dossier — Defence-industrial cooperation (seed)", ((Stage) driver.window.scene().getWindow()).getTitle());
        ListView<?> list = robot.lookup("#articles").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        assertTrue(DossierWindow.textOf(robot, "#articles").contains("date not given"));
        assertTrue(robot.lookup("#startTitle").tryQuery().isPresent(), "the overview page is shown first");
    }

    @Test
    void selecting_the_article_shows_its_text_with_every_mention_linked(FxRobot robot) {
        robot.clickOn("Ukraine and Denmark Collaborate on Military Production in Denmark");
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup("#articleTitle").queryAs(Label.class);
        assertEquals("Ukraine and Denmark Collaborate on Military Production in Denmark", title.getText());
        Article article = driver.state.session().knowledgeBase().articles().get(0);
        List<Hyperlink> links = robot.lookup("#articleView").lookup(".mention").queryAllAs(Hyperlink.class)
                .stream().toList();
        assertEquals(article.mentions().size(), links.size());
        String shown = DossierWindow.textOf(robot, "#articleView");
        assertTrue(shown.contains("Smetanin"), shown);
    }

    @Test
    void clicking_denmark_in_the_text_opens_its_page_with_both_agreements(FxRobot robot) {
        openArticle(robot);
        robot.clickOn(DossierWindow.link(robot, "#articleView", "Denmark"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Denmark", robot.lookup("#entityName").queryAs(Label.class).getText());
        String relations = DossierWindow.textOf(robot, "#entityRelations");
        assertTrue(relations.contains("Ukraine–Denmark defence production agreement"), relations);
        assertTrue(relations.contains("Denmark–Ukraine 10-year bilateral security agreement"), relations);
        assertTrue(relations.contains("party to"), relations);
    }

    @Test
    void the_production_agreement_shows_ukraine_and_denmark_as_parties(FxRobot robot) {
        openArticle(robot);
        robot.clickOn(DossierWindow.link(robot, "#articleView", "Denmark"));
        robot.clickOn(DossierWindow.link(robot, "#entityRelations", "Ukraine–Denmark defence production agreement"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ukraine–Denmark defence production agreement",
                robot.lookup("#entityName").queryAs(Label.class).getText());
        Set<String> parties = robot.lookup("#entityAttributes").lookup(".hyperlink").queryAllAs(Hyperlink.class)
                .stream().map(Hyperlink::getText).collect(Collectors.toSet());
        assertEquals(Set.of("Ukraine", "Denmark"), parties);
        String relations = DossierWindow.textOf(robot, "#entityRelations");
        assertTrue(relations.contains("Ukraine") && relations.contains("Denmark") && relations.contains("party to"));
        assertTrue(relations.contains("Herman Smetanin") && relations.contains("announced"), relations);
    }

    @Test
    void an_evidence_quote_opens_the_article_with_that_sentence_highlighted_and_back_returns(FxRobot robot) {
        openArticle(robot);
        robot.clickOn(DossierWindow.link(robot, "#articleView", "Denmark"));
        robot.clickOn(DossierWindow.link(robot, "#entityRelations", "Ukraine–Denmark defence production agreement"));
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink quote = robot.lookup("#entityRelations").lookup(".evidence-quote").queryAllAs(Hyperlink.class)
                .stream().filter(h -> h.getText().contains("The deal, announced by")).findFirst().orElseThrow();
        robot.clickOn(DossierWindow.inView(robot, quote));
        WaitForAsyncUtils.waitForFxEvents();

        assertInstanceOf(Place.ArticlePage.class, driver.state.navigation().current());
        String highlighted = robot.lookup("#articleView").lookup(".evidence-highlight").queryAll().stream()
                .map(ReadingAndNavigationTest::text).collect(Collectors.joining());
        assertEquals("The deal, announced by Strategic Industries Minister Herman Smetanin, is part of Ukraine’s "
                + "broader effort to internationalize its defense production and is seen as a crucial step in scaling "
                + "up manufacturing capacity.", highlighted);

        robot.clickOn("#backButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ukraine–Denmark defence production agreement",
                robot.lookup("#entityName").queryAs(Label.class).getText());
        robot.clickOn("#backButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Denmark", robot.lookup("#entityName").queryAs(Label.class).getText());
        robot.clickOn("#forwardButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ukraine–Denmark defence production agreement",
                robot.lookup("#entityName").queryAs(Label.class).getText());
    }

    @Test
    void alt_left_and_alt_right_go_back_and_forward(FxRobot robot) {
        openArticle(robot);
        robot.clickOn(DossierWindow.link(robot, "#articleView", "Herman Smetanin"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Herman Smetanin", robot.lookup("#entityName").queryAs(Label.class).getText());
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#articleView").tryQuery().isPresent(), "back on the article");
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Herman Smetanin", robot.lookup("#entityName").queryAs(Label.class).getText());
    }

    @Test
    void the_mouse_back_and_forward_buttons_navigate(FxRobot robot) {
        openArticle(robot);
        robot.clickOn(DossierWindow.link(robot, "#articleView", "Denmark"));
        WaitForAsyncUtils.waitForFxEvents();
        Node center = robot.lookup("#centerPane").query();
        robot.interact(() -> javafx.event.Event.fireEvent(center, sideButton(javafx.scene.input.MouseButton.BACK)));
        assertTrue(robot.lookup("#articleView").tryQuery().isPresent(), "back on the article");
        robot.interact(() -> javafx.event.Event.fireEvent(center, sideButton(javafx.scene.input.MouseButton.FORWARD)));
        assertEquals("Denmark", robot.lookup("#entityName").queryAs(Label.class).getText());
    }

    /** A press of a mouse side button, as the platform delivers it (the robot cannot press side buttons). */
    private static javafx.scene.input.MouseEvent sideButton(javafx.scene.input.MouseButton button) {
        return new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_PRESSED, 10, 10, 10, 10, button,
                1, false, false, false, false, false, false, false,
                button == javafx.scene.input.MouseButton.BACK, button == javafx.scene.input.MouseButton.FORWARD,
                false, false, false, null);
    }

    @Test
    void the_breadcrumb_says_where_the_reader_is(FxRobot robot) {
        openArticle(robot);
        robot.clickOn(DossierWindow.link(robot, "#articleView", "NATO"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Defence-industrial cooperation (seed)  ›  Organisations  ›  NATO",
                robot.lookup("#breadcrumb").queryAs(Label.class).getText());
    }

    @Test
    void a_mention_link_is_reachable_with_the_keyboard_and_opens_with_enter(FxRobot robot) {
        openArticle(robot);
        Hyperlink first = robot.lookup("#articleView").lookup(".mention").queryAllAs(Hyperlink.class).stream()
                .findFirst().orElseThrow();
        assertTrue(first.isFocusTraversable());
        robot.interact(first::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ukraine", robot.lookup("#entityName").queryAs(Label.class).getText());
    }

    @Test
    void resting_on_a_mention_shows_a_preview_that_stays_until_the_pointer_leaves(FxRobot robot) throws Exception {
        openArticle(robot);
        robot.moveTo(DossierWindow.link(robot, "#articleView", "Herman Smetanin"));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> previewShowing(robot));
        String text = DossierWindow.textOf(robot, "#mentionPreview");
        assertTrue(text.contains("Herman Smetanin") && text.contains("Person"), text);
        assertTrue(text.contains("Strategic Industries Minister"), text);

        // Not a wait for work: staying put for longer than the card's hide delay is what is tested here.
        WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertTrue(previewShowing(robot), "the card stays while the pointer rests on the link");

        robot.moveTo("#breadcrumb");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !previewShowing(robot));
    }

    private static boolean previewShowing(FxRobot robot) {
        return DossierWindow.onFx(() -> robot.lookup("#mentionPreview").tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .orElse(false));
    }

    @Test
    void the_sidebar_groups_the_article_entities_by_kind_with_counts(FxRobot robot) {
        openArticle(robot);
        for (String group : List.of("#group-person", "#group-country", "#group-organization", "#group-agreement",
                "#group-event")) {
            assertTrue(robot.lookup("#entitySidebar").lookup(group).tryQuery().isPresent(), group);
        }
        String people = DossierWindow.textOf(robot, "#group-person");
        assertTrue(people.contains("People (2)") && people.contains("Herman Smetanin")
                && people.contains("Volodymyr Zelensky"), people);
        robot.clickOn(DossierWindow.link(robot, "#entitySidebar", "NATO"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("NATO", robot.lookup("#entityName").queryAs(Label.class).getText());
    }

    @Test
    void mentioned_in_lists_the_article_with_its_count_and_first_sentence(FxRobot robot) throws Exception {
        openArticle(robot);
        robot.clickOn(DossierWindow.link(robot, "#articleView", "Kyiv"));
        WaitForAsyncUtils.waitForFxEvents();
        // The sentence is read in the background and filled in when it is.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> DossierWindow.textOf(robot,
                "#entityMentions").contains("President Volodymyr Zelensky announced on June 21 that "));
        String mentions = DossierWindow.textOf(robot, "#entityMentions");
        assertTrue(mentions.contains("3 mentions"), mentions);
        assertTrue(mentions.contains("President Volodymyr Zelensky announced on June 21 that "), mentions);
    }

    @Test
    void the_filter_box_narrows_the_article_list(FxRobot robot) {
        robot.clickOn("#articleFilter").write("no such article");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, robot.lookup("#articles").queryAs(ListView.class).getItems().size());
        assertTrue(DossierWindow.textOf(robot, "#articleList").contains("No article matches"));
        robot.eraseText("no such article".length()).write("denmark");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#articles").queryAs(ListView.class).getItems().size());
    }

    @Test
    void back_is_disabled_where_there_is_nowhere_to_go(FxRobot robot) {
        assertTrue(robot.lookup("#backButton").query().isDisabled());
        openArticle(robot);
        assertFalse(robot.lookup("#backButton").query().isDisabled());
        assertTrue(robot.lookup("#forwardButton").query().isDisabled());
    }

    private void openArticle(FxRobot robot) {
        robot.clickOn("Ukraine and Denmark Collaborate on Military Production in Denmark");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#articleView").tryQuery().isPresent(), "the article is open");
    }

    private static String text(Node n) {
        return n instanceof Text t ? t.getText() : n instanceof Hyperlink h ? h.getText() : "";
    }
}
