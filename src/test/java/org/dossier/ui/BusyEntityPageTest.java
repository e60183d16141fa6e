package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.dossier.model.Evidence;
import org.dossier.model.Mention;
import org.dossier.ui.entity.AtlantisStore;
import org.dossier.ui.state.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A reader opens the page of Atlantis, mentioned in 120 reports and related to 60 envoys: pages, sorts and follows
 * its "Mentioned in", pages its relations, and lists more of what it is connected to.
 */
@ExtendWith(ApplicationExtension.class)
class BusyEntityPageTest {

    @TempDir
    static Path store;

    @RegisterExtension
    final DossierWindow driver = DossierWindow.on(() -> store);

    @BeforeAll
    static void writeStore() throws Exception {
        AtlantisStore.writeTo(store, 120, 60);
    }

    @BeforeEach
    void openAtlantis(FxRobot robot) throws Exception {
        driver.awaitLoaded();
        robot.interact(() -> driver.state.navigation().go(new Place.EntityPage(AtlantisStore.ENTITY_ID)));
        WaitForAsyncUtils.waitForFxEvents();
    }


    @Test
    void the_page_lists_the_first_50_articles_and_50_more_on_request(FxRobot robot) {
        assertEquals("Mentioned in (120 articles)", DossierWindow.textOf(robot, "#entityPage").lines()
                .filter(l -> l.startsWith("Mentioned in")).findFirst().orElseThrow());
        assertEquals(50, rows(robot).size());
        assertEquals("Showing 50 of 120 articles", label(robot, "#mentionsShowing"));
        assertEquals("Show all 120", button(robot, "#showAllMentions").getText());

        robot.clickOn(DossierWindow.inView(robot, button(robot, "#showMoreMentions")));
        assertEquals(100, rows(robot).size());
        assertEquals("Showing 100 of 120 articles", label(robot, "#mentionsShowing"));
        assertEquals("Show 20 more", button(robot, "#showMoreMentions").getText());
        assertFalse(button(robot, "#showAllMentions").isVisible(), "the rest is one page: one button is enough");

        robot.clickOn(DossierWindow.inView(robot, button(robot, "#showMoreMentions")));
        assertEquals(120, rows(robot).size());
        assertEquals("Showing all 120 articles", label(robot, "#mentionsShowing"));
        assertFalse(button(robot, "#showMoreMentions").isVisible());
    }

    @Test
    void the_most_mentions_come_first_and_newest_first_puts_the_newest_article_first(FxRobot robot)
            throws Exception {
        assertEquals(AtlantisStore.title(117), titleOf(robot, 0), "five mentions, the newest such report");
        assertTrue(rowText(robot, 0).contains("5 mentions"), rowText(robot, 0));
        robot.clickOn(DossierWindow.inView(robot, button(robot, "#showMoreMentions")));

        Node order = robot.lookup("#mentionOrder").query();
        robot.clickOn(DossierWindow.inView(robot, order));
        // The choice's menu, not the article list's sort box, which says "Newest first" too.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> menuItem(robot, "Newest first") != null);
        robot.clickOn(menuItem(robot, "Newest first"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(AtlantisStore.title(119), AtlantisStore.title(118)),
                List.of(titleOf(robot, 0), titleOf(robot, 1)));
        assertEquals(50, rows(robot).size(), "another order starts again from the first page");
        assertEquals("Showing 50 of 120 articles", label(robot, "#mentionsShowing"));
    }

    @Test
    void the_sentence_of_each_first_mention_is_filled_in(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rowsWithTheirSentence(robot) == 50);
        assertEquals("“" + AtlantisStore.firstSentence(117) + "”", sentenceOf(robot, 0));
        Text bold = robot.from(rows(robot).get(0)).lookup(".strong-text").queryAs(Text.class);
        assertEquals("Atlantis", bold.getText());
    }

    @Test
    void a_title_opens_its_article_with_the_sentence_highlighted(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sentenceOf(robot, 0).startsWith("“The delegation"));

        robot.clickOn(DossierWindow.link(robot, "#entityMentions", AtlantisStore.title(117)));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(AtlantisStore.title(117), robot.lookup("#articleTitle").queryAs(Label.class).getText());
        assertEquals(AtlantisStore.firstSentence(117), highlighted(robot));
    }

    @Test
    void an_article_opened_at_a_mention_highlights_the_mention(FxRobot robot) {
        // Where a title leads while its sentence is still being read.
        Mention first = AtlantisStore.report(117).mentions().get(0);
        robot.interact(() -> driver.state.navigation().go(new Place.ArticlePage("report-117",
                new Evidence("report-117", 0, first.start(), first.end(), first.text()))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Atlantis", highlighted(robot));
    }

    @Test
    void relations_are_listed_50_at_a_time_and_as_of_a_date_only_those_that_held(FxRobot robot) {
        assertEquals(50, relationRows(robot));
        assertEquals("Showing 50 of 60 relations", label(robot, "#relationsShowing"));
        robot.clickOn(DossierWindow.inView(robot, button(robot, "#showMoreRelations")));
        assertEquals(60, relationRows(robot));

        DatePicker picker = robot.lookup("#asOfPicker").queryAs(DatePicker.class);
        robot.interact(() -> picker.setValue(LocalDate.of(2020, 3, 31))); // the day of report 30
        assertEquals("27 held on 31 March 2020; 6 undated (shown dimmed)", label(robot, "#asOfNote"));
        assertEquals(33, relationRows(robot), "those that held, and the undated ones (every tenth)");
        assertFalse(robot.lookup("#relationsShowing").query().getParent().isVisible(), "all fit in one page");
    }

    private static int relationRows(FxRobot robot) {
        return robot.lookup("#entityRelations").queryAs(Pane.class).getChildren().size();
    }

    @Test
    void the_sidebar_lists_25_connected_people_at_first_and_25_more_at_each_click(FxRobot robot) {
        assertEquals("People (60)", DossierWindow.textOf(robot, "#group-person").lines().findFirst().orElseThrow());
        assertEquals(25, connectedPeople(robot));
        Hyperlink more = robot.lookup("#more-person").queryAs(Hyperlink.class);
        assertEquals("and 35 more…", more.getText());

        robot.clickOn(DossierWindow.inView(robot, more));
        assertEquals(50, connectedPeople(robot));
        assertEquals("and 10 more…", more.getText());
        robot.clickOn(DossierWindow.inView(robot, more));
        assertEquals(60, connectedPeople(robot));
        assertTrue(robot.lookup("#more-person").tryQuery().isEmpty(), "all are listed");
    }

    private static int connectedPeople(FxRobot robot) {
        return robot.lookup("#group-person").lookup(".sidebar-entity").queryAll().size();
    }

    /** The item of an open menu (a choice box's) with this text, or null. */
    private static Node menuItem(FxRobot robot, String text) {
        return robot.lookup(".context-menu").lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()))
                .tryQuery().filter(Node::isVisible).orElse(null);
    }

    private static String highlighted(FxRobot robot) {
        return robot.lookup("#articleView").lookup(".evidence-highlight").queryAll().stream()
                .map(n -> n instanceof Text t ? t.getText() : n instanceof Hyperlink h ? h.getText() : "")
                .collect(Collectors.joining());
    }

    private static List<Node> rows(FxRobot robot) {
        return robot.lookup("#entityMentions").queryAs(Pane.class).getChildren();
    }

    private static String titleOf(FxRobot robot, int row) {
        return robot.from(rows(robot).get(row)).lookup(".mentioned-in-title").queryAs(Hyperlink.class).getText();
    }

    private static String rowText(FxRobot robot, int row) {
        return robot.from(rows(robot).get(row)).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.joining(" "));
    }

    private static String sentenceOf(FxRobot robot, int row) {
        TextFlow flow = robot.from(rows(robot).get(row)).lookup(".first-mention").queryAs(TextFlow.class);
        return flow.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    private static long rowsWithTheirSentence(FxRobot robot) {
        return rows(robot).stream().filter(row -> {
            String title = robot.from(row).lookup(".mentioned-in-title").queryAs(Hyperlink.class).getText();
            int i = Integer.parseInt(title.substring("Report ".length()));
            TextFlow flow = robot.from(row).lookup(".first-mention").queryAs(TextFlow.class);
            String shown = flow.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
            return shown.equals("“" + AtlantisStore.firstSentence(i) + "”");
        }).count();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryButton();
    }
}
