package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File names and titles with line breaks or bidirectional overrides are shown escaped in the window, as the command
 * line prints them: one row or line per problem, never a forged one, never a name shown reversed.
 */
@ExtendWith(ApplicationExtension.class)
class UnsafeNamesWindowTest {

    private static final String FORGING = "evil\n:1:1: fake\u202egpj";

    @RegisterExtension
    final DossierWindow driver = DossierWindow.unopened();

    @Test
    void the_problems_view_shows_a_file_name_with_a_line_break_or_an_override_escaped(FxRobot robot) throws Exception {
        Path store = driver.copyOfBundledStore();
        Files.writeString(store.resolve("articles").resolve(FORGING + ".json"), "{\n  \"id\": \n}\n",
                StandardCharsets.UTF_8);
        driver.open(store);

        List<String> shown = DossierWindow.onFx(() -> robot.lookup("#problemsTable").lookup(".table-cell")
                .queryAllAs(TableCell.class).stream().map(TableCell::getText)
                .filter(text -> text != null && !text.isEmpty()).toList());
        assertTrue(shown.contains("articles/evil\\n:1:1: fake\\u202egpj.json"), shown.toString());
        shown.forEach(UnsafeNamesWindowTest::assertVisible);
    }

    @Test
    void the_import_summary_gives_a_file_with_a_line_break_in_its_name_one_line(FxRobot robot) throws Exception {
        Path file = driver.folder("import").resolve(FORGING + ".txt");
        Files.write(file, new byte[] {'a', 0, 0, 0, 'b'}); // not text: a failure line naming the file
        driver.open(driver.copyOfBundledStore());
        robot.interact(() -> driver.window.importFiles(List.of(file)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importSummary").tryQuery().isPresent());

        String details = DossierWindow.onFx(() -> ((TextArea) robot.lookup("#importSummary")
                .queryAs(DialogPane.class).getExpandableContent()).getText());
        List<String> lines = details.lines().toList();
        assertEquals(1, lines.size(), details);
        assertTrue(lines.get(0).startsWith("Failed ") && lines.get(0).contains("evil\\n:1:1: fake\\u202egpj.txt"),
                lines.get(0));
        assertVisible(lines.get(0));
        robot.clickOn("OK");
    }

    @Test
    void the_entity_list_summary_gives_a_list_with_a_line_break_in_its_name_one_line(FxRobot robot) throws Exception {
        driver.open(driver.copyOfBundledStore());
        Path list = Files.writeString(driver.folder("lists").resolve(FORGING + ".csv"), "name,kind\n,person\n");
        ExchangeWindowTest.choose(driver, null, list);
        ExchangeWindowTest.menu(robot, "File", "Import Entities…");
        robot.clickOn("Create Entities Now");
        ExchangeWindowTest.await(robot, "#entityImportSummary");

        String details = DossierWindow.onFx(() -> ((TextArea) robot.lookup("#entityImportSummary")
                .queryAs(DialogPane.class).getExpandableContent()).getText());
        List<String> lines = details.lines().toList();
        assertEquals(1, lines.size(), details);
        assertTrue(lines.get(0).startsWith("Failed ") && lines.get(0).contains("evil\\n:1:1: fake\\u202egpj.csv"),
                lines.get(0));
        assertVisible(lines.get(0));
        robot.clickOn("OK");
    }

    private static void assertVisible(String text) {
        text.chars().forEach(c -> assertFalse(c < 0x20 || c == 0x202e,
                () -> "character " + Integer.toHexString(c) + " shown in: " + text));
    }
}
