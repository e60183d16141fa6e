package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import org.dossier.ui.state.Place;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A reader opens Denmark's graph, moves through it, and opens a node's page. */
@ExtendWith(ApplicationExtension.class)
class GraphWindowTest {

    @RegisterExtension
    final DossierWindow driver = DossierWindow.onBundledStore();

    @BeforeEach
    void openDenmarksGraph(FxRobot robot) throws Exception {
        driver.awaitLoaded();
        robot.clickOn(DossierWindow.link(robot, "#startPage", "Denmark"));
        robot.clickOn("#graphButton");
        awaitNode(robot, "ua-dk-production-agreement");
    }


    @Test
    void the_graph_of_denmark_shows_both_agreements_and_double_clicking_one_opens_its_page(FxRobot robot)
            throws Exception {
        assertTrue(robot.lookup("#node-dk-ua-security-agreement").tryQuery().isPresent());
        assertTrue(robot.lookup("#node-denmark").query().getStyleClass().contains("graph-centre"));
        robot.doubleClickOn("#node-ua-dk-production-agreement");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ukraine–Denmark defence production agreement",
                robot.lookup("#entityName").queryAs(Label.class).getText());
    }

    @Test
    void clicking_a_node_centres_the_graph_on_it_and_back_returns(FxRobot robot) throws Exception {
        robot.clickOn("#node-ukraine");
        awaitNode(robot, "nato");
        assertEquals(new Place.Graph("ukraine"), driver.state.navigation().current());
        assertTrue(robot.lookup("#node-ukraine").query().getStyleClass().contains("graph-centre"));
        robot.clickOn("#backButton");
        awaitNode(robot, "dk-ua-security-agreement");
        assertEquals(new Place.Graph("denmark"), driver.state.navigation().current());
    }

    @Test
    void a_deeper_graph_reaches_the_minister_who_announced_the_agreement(FxRobot robot) throws Exception {
        ChoiceBox<?> depth = robot.lookup("#graphDepth").queryAs(ChoiceBox.class);
        robot.interact(() -> ((ChoiceBox<Integer>) depth).setValue(2));
        awaitNode(robot, "herman-smetanin");
    }

    private static void awaitNode(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#node-" + id).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void hiding_agreements_removes_their_nodes_and_the_choice_is_undone_here(FxRobot robot) throws Exception {
        robot.clickOn("#graphFilter");
        robot.clickOn("Agreements");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#node-ua-dk-production-agreement").tryQuery().isEmpty());
        assertTrue(robot.lookup("#node-ukraine").tryQuery().isPresent());
        robot.clickOn("#graphFilter");
        robot.clickOn("Agreements");
        awaitNode(robot, "ua-dk-production-agreement");
    }

    @Test
    void as_of_a_date_the_entity_page_shows_the_relations_that_held(FxRobot robot) {
        robot.doubleClickOn("#node-denmark");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DatePicker picker = robot.lookup("#asOfPicker").queryAs(javafx.scene.control.DatePicker.class);
        robot.interact(() -> picker.setValue(java.time.LocalDate.of(2023, 6, 1)));
        String note = robot.lookup("#asOfNote").queryAs(Label.class).getText();
        assertEquals("1 held on 1 June 2023; 3 undated (shown dimmed)", note, "supports since 2022 held; three relations have no date");
        long visibleSecurity = robot.lookup("#entityRelations").lookup((Node n) -> n.getUserData() instanceof
                org.dossier.model.Relation r && r.object().equals("dk-ua-security-agreement") && n.isVisible())
                .queryAll().size();
        assertEquals(0, visibleSecurity, "signed in February 2024, so not yet in force");
        robot.interact(() -> picker.setValue(null));
        assertEquals("", robot.lookup("#asOfNote").queryAs(Label.class).getText());
    }

    @Test
    void an_article_has_a_graph_of_the_entities_it_mentions(FxRobot robot) throws Exception {
        robot.clickOn("Ukraine and Denmark Collaborate on Military Production in Denmark");
        robot.clickOn("#articleGraphButton");
        awaitNode(robot, "herman-smetanin");
        assertEquals(13, robot.lookup(".graph-node").queryAll().size(), "every entity the seed article mentions");
        assertEquals(new Place.ArticleGraph("ukraine-denmark-military-production"), driver.state.navigation().current());
    }
}
