package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.DecisionsFile;
import org.dossier.ui.state.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review queue in the real window, after an import: a name accepted with the kind the reader chose links
 * itself in the open article; a relation accepted shows with its sentence on the entity's page and in its graph; a
 * name rejected stays gone after the store is opened again. Ctrl+Z undoes each.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestionsTest {

    private static final String NEWS = "Estonia and Ukraine\n\nPrime Minister Kaja Kallas met with Volodymyr "
            + "Zelensky in Kyiv. Kaja Kallas said that Estonia stands with Ukraine.\n\nHappy New Year to all! The New "
            + "Year brings hope, said Kaja Kallas.\n";

    @RegisterExtension
    final DossierWindow driver = DossierWindow.unopened();

    @Test
    void a_name_accepted_with_the_kind_chosen_is_linked_in_the_open_article_and_ctrl_z_undoes_it(FxRobot robot)
            throws Exception {
        driver.openCopyWithImported(robot, "estonia.txt", NEWS);
        robot.interact(() -> driver.state.navigation().go(new Place.ArticlePage("estonia-and-ukraine")));
        openSuggestions(robot);
        select(robot, "#entitySuggestions", "Kaja Kallas");
        ComboBox<String> kind = robot.lookup("#suggestionKind").queryComboBox();
        robot.interact(() -> kind.setValue("organization"));
        robot.clickOn(row(robot, "#entitySuggestions", "Kaja Kallas"));
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> kallas() != null);
        assertEquals("organization", kallas().kind(), "the kind the reader chose");
        assertEquals(3, kb().mentionCount(kallas().id()));

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Place.ArticlePage("estonia-and-ukraine"), driver.state.navigation().current());
        DossierWindow.link(robot, "#articleView", "Kaja Kallas");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(kallas());
        assertFalse(DossierWindow.textOf(robot, "#articleView").isEmpty());
        assertTrue(robot.lookup("#articleView").lookup(".hyperlink").queryAll().stream()
                .noneMatch(n -> "Kaja Kallas".equals(((javafx.scene.control.Hyperlink) n).getText())));
    }

    @Test
    void a_relation_accepted_shows_with_its_sentence_on_the_entity_page_and_in_the_graph_and_ctrl_z_undoes_it(
            FxRobot robot) throws Exception {
        driver.openCopyWithImported(robot, "estonia.txt", NEWS);
        openSuggestions(robot);
        select(robot, "#entitySuggestions", "Kaja Kallas");
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> kallas() != null);
        robot.clickOn("#relationsTab");
        String statement = "Kaja Kallas — met with — Volodymyr Zelensky";
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> row(robot, "#relationSuggestions", statement) != null);
        robot.clickOn(row(robot, "#relationSuggestions", statement));
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DossierWindow.onFx(() -> kb().relations().size()) == 17);

        robot.interact(() -> driver.state.navigation().go(new Place.EntityPage(kallas().id())));
        WaitForAsyncUtils.waitForFxEvents();
        String page = DossierWindow.textOf(robot, "#entityRelations");
        assertTrue(page.contains("Volodymyr Zelensky"), page);
        assertTrue(page.contains("“Prime Minister Kaja Kallas met with Volodymyr Zelensky in Kyiv.”"), page);
        robot.interact(() -> driver.state.navigation().go(new Place.Graph(kallas().id())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#node-volodymyr-zelensky").tryQuery()
                .map(Node::isVisible).orElse(false));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(16, DossierWindow.onFx(() -> kb().relations().size()));
    }

    @Test
    void a_rejected_name_is_gone_after_the_store_is_opened_again_and_ctrl_z_brings_it_back(FxRobot robot)
            throws Exception {
        driver.openCopyWithImported(robot, "estonia.txt", NEWS);
        Path store = DossierWindow.onFx(() -> driver.state.session().storeDirProperty().get());
        openSuggestions(robot);
        select(robot, "#entitySuggestions", "New Year");
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(kb().decisions().rejectsName("New Year"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> row(robot, "#entitySuggestions", "New Year") != null);
        assertFalse(kb().decisions().rejectsName("New Year"), "undone");

        select(robot, "#entitySuggestions", "New Year");
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(store.resolve(DecisionsFile.FILE))
                && DecisionsFile.read(store).decisions().rejectsName("New Year"));
        robot.interact(() -> driver.state.session().open(store));
        driver.awaitLoaded();
        assertTrue(kb().decisions().rejectsName("New Year"), "read back from decisions.json");
        openSuggestions(robot);
        assertNull(row(robot, "#entitySuggestions", "New Year"));
        assertTrue(row(robot, "#entitySuggestions", "Kaja Kallas") != null);
    }

    @Test
    void an_entity_list_imported_for_review_is_proposed_from_its_list_and_accepted_with_its_summary_and_links(
            FxRobot robot) throws Exception {
        driver.openCopyWithImported(robot, "estonia.txt", NEWS);
        Path list = Files.writeString(driver.folder("lists").resolve("leaders.csv"), "name,kind,aliases,summary\n"
                + "Kaja Kallas,person,Kallas,Prime Minister of Estonia.\nOleg Deripaska,person,,\n");
        ExchangeWindowTest.choose(driver, null, list);
        robot.interact(() -> driver.state.navigation().go(new Place.ArticlePage("estonia-and-ukraine")));
        ExchangeWindowTest.menu(robot, "File", "Import Entities…");
        robot.clickOn("Propose for Review");
        String summary = ExchangeWindowTest.await(robot, "#entityImportSummary");
        assertTrue(summary.startsWith("2 entries kept for review, of which the articles mention 1 today"), summary);
        robot.clickOn("OK");
        assertNull(kallas(), "no entity yet");
        assertEquals(2, kb().listedEntries().size());

        openSuggestions(robot);
        select(robot, "#entitySuggestions", "Kaja Kallas");
        String facts = DossierWindow.onFx(() -> robot.lookup("#suggestionCounts").queryLabeled().getText());
        assertTrue(facts.contains("from leaders.csv") && facts.contains("Prime Minister of Estonia."), facts);
        assertNull(row(robot, "#entitySuggestions", "Oleg Deripaska"), "not mentioned: not proposed");
        robot.clickOn(row(robot, "#entitySuggestions", "Kaja Kallas"));
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> kallas() != null);
        assertEquals("person", kallas().kind());
        assertEquals("Prime Minister of Estonia.", kallas().summary());
        assertTrue(kallas().aliases().contains("Kallas"));
        assertEquals(3, kb().mentionCount(kallas().id()));

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Place.ArticlePage("estonia-and-ukraine"), driver.state.navigation().current());
        DossierWindow.link(robot, "#articleView", "Kaja Kallas");
    }

    private KnowledgeBase kb() {
        return DossierWindow.onFx(() -> driver.state.session().knowledgeBase());
    }

    private Entity kallas() {
        return kb().entities().stream().filter(e -> e.name().equals("Kaja Kallas")).findFirst().orElse(null);
    }

    /** Opens the Suggestions page (Ctrl+Shift+S) and waits until the queue is found. */
    private static void openSuggestions(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> DossierWindow.onFx(() -> robot.lookup(
                "#suggestionsStatus").queryLabeled().getText().endsWith("to review")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void select(FxRobot robot, String list, String name) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> row(robot, list, name) != null);
        robot.clickOn(row(robot, list, name));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The row of the list that shows {@code name}, or null. */
    private static ListCell<?> row(FxRobot robot, String list, String name) {
        return DossierWindow.onFx(() -> robot.lookup(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> name.equals(c.getUserData())).findFirst().orElse(null));
    }
}
