package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Someone edits the store's files while the window is open: the window follows, and never overwrites them. */
@ExtendWith(ApplicationExtension.class)
class ExternalChangeTest {

    @RegisterExtension
    final DossierWindow driver = DossierWindow.unopened();


    @Test
    void a_file_changed_on_disk_is_reloaded_and_the_reader_stays_on_the_page(FxRobot robot) throws Exception {
        Path store = driver.copyOfBundledStore();
        driver.open(store);
        robot.clickOn(DossierWindow.link(robot, "#startPage", "NATO"));
        awaitWatching();

        Path entities = store.resolve("entities.json");
        Files.writeString(entities, Files.readString(entities).replace("\"name\": \"NATO\"",
                "\"name\": \"North Atlantic Treaty Organization\""));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#entityName").tryQuery()
                .map(n -> ((Label) n).getText()).filter("North Atlantic Treaty Organization"::equals).isPresent());
        String notice = robot.lookup("#notice").queryAs(Label.class).getText();
        assertTrue(notice.contains("entities.json changed on disk"), notice);
    }

    @Test
    void an_edit_made_while_someone_else_changed_another_entity_keeps_both_changes(FxRobot robot) throws Exception {
        Path store = openOnDenmarkEditor(robot);
        Path entities = store.resolve("entities.json");
        Files.writeString(entities, Files.readString(entities).replace("\"name\": \"Russia\"",
                "\"name\": \"Russian Federation\""));
        awaitReloaded(robot);

        TextField name = robot.lookup("#editName").queryAs(TextField.class);
        robot.interact(() -> name.setText("Kingdom of Denmark"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            var kb = StoreReader.load(store).knowledgeBase();
            return kb.entity("denmark").name().equals("Kingdom of Denmark");
        });
        assertEquals("Russian Federation", StoreReader.load(store).knowledgeBase().entity("russia").name(),
                "their change is kept");
    }

    @Test
    void an_edit_of_an_entity_someone_else_changed_meanwhile_is_refused_and_theirs_kept(FxRobot robot)
            throws Exception {
        Path store = openOnDenmarkEditor(robot);
        Path entities = store.resolve("entities.json");
        String theirs = Files.readString(entities).replace("\"iso3166\": \"DK\"", "\"iso3166\": \"DK\",\n"
                + "        \"capital\": \"Copenhagen\"");
        Files.writeString(entities, theirs);
        awaitReloaded(robot);

        TextField name = robot.lookup("#editName").queryAs(TextField.class);
        robot.interact(() -> name.setText("Kingdom of Denmark"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                .map(n -> ((javafx.scene.control.DialogPane) n).getContentText()).filter(t -> t.contains("changed on disk"))
                .isPresent());
        assertEquals(theirs, Files.readString(entities), "their change is kept, byte for byte");
        assertEquals("Denmark", driver.state.session().knowledgeBase().entity("denmark").name());
    }

    private Path openOnDenmarkEditor(FxRobot robot) throws Exception {
        Path store = driver.copyOfBundledStore();
        driver.open(store);
        robot.clickOn(DossierWindow.link(robot, "#startPage", "Denmark"));
        awaitWatching();
        robot.clickOn("#editEntityButton");
        WaitForAsyncUtils.waitForFxEvents();
        return store;
    }

    /** The watcher starts in the background once the window is up; a change made before would go unseen. */
    private void awaitWatching() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> DossierWindow.onFx(() -> driver.state.session().watchingProperty().get()));
    }

    private void awaitReloaded(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#notice").tryQuery()
                .map(n -> ((Label) n).getText()).filter(t -> t != null && t.contains("changed on disk")).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
