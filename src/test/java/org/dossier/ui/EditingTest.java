package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A user edits an entity from its page, sees the change everywhere, finds it saved, and undoes it. */
@ExtendWith(ApplicationExtension.class)
class EditingTest {

    @RegisterExtension
    final DossierWindow driver = DossierWindow.unopened();


    @Test
    void renaming_an_entity_shows_and_saves_it_and_undo_restores_it(FxRobot robot) throws Exception {
        Path store = driver.copyOfBundledStore();
        driver.open(store);
        robot.clickOn(DossierWindow.link(robot, "#startPage", "Denmark"));
        robot.clickOn("#editEntityButton");
        WaitForAsyncUtils.waitForFxEvents();

        TextField name = robot.lookup("#editName").queryAs(TextField.class);
        robot.interact(() -> name.setText("Kingdom of Denmark"));
        TextArea aliases = robot.lookup("#editAliases").queryAs(TextArea.class);
        robot.interact(() -> aliases.setText(aliases.getText() + "\nDanmark (Kongeriget)"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Kingdom of Denmark", robot.lookup("#entityName").queryAs(Label.class).getText());
        awaitSaved(store, "Kingdom of Denmark");
        assertTrue(StoreReader.load(store).knowledgeBase().entity("denmark").aliases().contains("Danmark (Kongeriget)"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Denmark", robot.lookup("#entityName").queryAs(Label.class).getText());
        awaitSaved(store, "Denmark");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Kingdom of Denmark", robot.lookup("#entityName").queryAs(Label.class).getText());
        awaitSaved(store, "Kingdom of Denmark");
    }

    @Test
    void the_editor_does_not_accept_an_invalid_date_or_an_empty_name(FxRobot robot) throws Exception {
        Path store = driver.copyOfBundledStore();
        driver.open(store);
        robot.clickOn(DossierWindow.link(robot, "#startPage", "Denmark–Ukraine 10-year bilateral security agreement"));
        robot.clickOn("#editEntityButton");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea attributes = robot.lookup("#editAttributes").queryAs(TextArea.class);
        robot.interact(() -> attributes.setText(attributes.getText().replace("2024-02", "2024-13")));
        String error = robot.lookup("#editError").queryAs(Label.class).getText();
        assertTrue(error.contains("month 13"), error);
        assertTrue(robot.lookup("OK").query().isDisabled());
        robot.interact(() -> attributes.setText(attributes.getText().replace("2024-13", "2024-02")));
        TextField name = robot.lookup("#editName").queryAs(TextField.class);
        robot.interact(() -> name.setText(" "));
        assertEquals("The name cannot be empty.", robot.lookup("#editError").queryAs(Label.class).getText());
        robot.clickOn("Cancel");
    }

    private static void awaitSaved(Path store, String name) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            var kb = StoreReader.load(store).knowledgeBase();
            return kb.entity("denmark") != null && kb.entity("denmark").name().equals(name);
        });
    }
}
