package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.dossier.exchange.export.ExportFormat;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreReader;
import org.dossier.ui.exchange.ExchangeMenus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Export and File › Import Entities, clicked in the real window: the export is written in the background and
 * summed up; the imported entities are linked, saved, and gone again with one Undo.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeWindowTest {

    @RegisterExtension
    final DossierWindow driver = DossierWindow.unopened();

    @TempDir
    Path temp;

    private void choose(Path exportTarget, Path list) {
        choose(driver, exportTarget, list);
    }

    /** Answers the file dialogs as a user would: where to export, which list to import. */
    static void choose(DossierWindow driver, Path exportTarget, Path list) {
        driver.window.exchange().useChooser(new ExchangeMenus.Chooser() {
            @Override
            public Path exportTarget(ExportFormat format) {
                return exportTarget;
            }

            @Override
            public List<Path> entityLists() {
                return List.of(list);
            }
        });
    }

    @Test
    void file_export_writes_the_chosen_format_in_the_background_and_says_what_it_wrote(FxRobot robot) throws Exception {
        Path store = driver.copyOfBundledStore();
        driver.open(store);
        Path target = temp.resolve("seed.ftm.json");
        choose(target, null);

        menu(robot, "File", "Export", "FollowTheMoney…");
        String summary = await(robot, "#exportSummary");
        assertEquals("Wrote 60 FtM entities (13 entities, 16 relations, 1 article, 23 mentions) to " + target + ".",
                summary);
        assertEquals(60, Files.readAllLines(target).size());
        robot.clickOn("OK");
    }

    @Test
    void file_export_obsidian_vault_writes_the_notes(FxRobot robot) throws Exception {
        Path store = driver.copyOfBundledStore();
        driver.open(store);
        Path vault = temp.resolve("vault");
        choose(vault, null);
        menu(robot, "File", "Export", ">FollowTheMoney…", "Obsidian Vault…");
        assertTrue(await(robot, "#exportSummary").startsWith("Wrote an Obsidian vault of 14 notes"));
        assertTrue(Files.exists(vault.resolve("Entities/Denmark.md")));
        robot.clickOn("OK");
    }

    @Test
    void file_import_entities_links_the_names_saves_them_and_one_undo_takes_them_back(FxRobot robot) throws Exception {
        Path store = driver.copyOfBundledStore();
        driver.open(store);
        Path list = Files.writeString(temp.resolve("newsroom.csv"),
                "name,kind,aliases\nEuropean allies,organization,European partners\n,person,\n");
        choose(null, list);

        menu(robot, "File", "Import Entities…");
        robot.clickOn("Create Entities Now");
        String summary = await(robot, "#entityImportSummary");
        assertEquals("1 new entity, 0 entries merged into entities the store had, 1 mention linked in 1 article; "
                + "1 line failed.", summary);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> StoreReader.load(store).knowledgeBase()
                .entity("european-allies") != null);
        KnowledgeBase saved = StoreReader.load(store).knowledgeBase();
        assertTrue(saved.articles().get(0).mentions().stream().anyMatch(m -> m.entity().equals("european-allies")),
                "the name is linked in the article, and saved");

        robot.interact(() -> driver.state.edits().undo());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> StoreReader.load(store).knowledgeBase()
                .entity("european-allies") == null);
        assertFalse(StoreReader.load(store).knowledgeBase().articles().get(0).mentions().stream()
                .anyMatch(m -> m.entity().equals("european-allies")), "one undo takes entity and links back");
    }

    /**
     * Clicks through the menus by their words, on what is showing. A step written ">words" only moves the pointer there:
     * into a submenu along its first item, so that the way down to a lower item does not cross the menu that holds it.
     */
    static void menu(FxRobot robot, String... path) {
        for (String step : path) {
            String words = step.startsWith(">") ? step.substring(1) : step;
            WaitForAsyncUtils.waitForFxEvents();
            java.util.function.Predicate<javafx.scene.Node> showing = n -> n instanceof javafx.scene.control.Labeled l
                    && words.equals(String.valueOf(l.getText()).replace("_", "")) && n.getScene() != null
                    && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing() && n.isVisible();
            if (step.startsWith(">")) {
                robot.moveTo(showing);
            } else {
                robot.clickOn(showing);
            }
        }
    }

    static String await(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(DialogPane.class).getContentText();
    }
}
