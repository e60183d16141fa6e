package org.dossier.ui;

import static org.dossier.ui.DossierWindow.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.dossier.platform.LoggingForTests;
import org.dossier.store.StoreReader;
import org.dossier.store.TestStore;
import org.dossier.ui.sidebar.EntitySidebar;
import org.dossier.ui.state.Place;
import org.dossier.ui.workspace.Workspace;
import org.dossier.ui.workspace.WorkspaceMenus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** What the window remembers between sessions, through a preferences node of the test's own. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceWindowTest {

    @RegisterExtension
    final DossierWindow first = DossierWindow.unopened();
    @RegisterExtension
    final DossierWindow second = DossierWindow.unopened();
    private final Workspace workspace = new Workspace(new MemoryPreferences());

    private void open(DossierWindow window, Path store) throws Exception {
        window.workspace = workspace;
        window.open(store);
    }

    private static SplitPane columns(DossierWindow window) {
        return (SplitPane) window.window.scene().lookup("#columns");
    }

    @Test
    void the_window_opens_as_large_and_divided_as_it_closed(FxRobot robot) throws Exception {
        open(first, first.copyOfBundledStore());
        onFx(() -> {
            first.stage().setWidth(1000);
            first.stage().setHeight(700);
            columns(first).setDividerPositions(0.3, 0.6);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            first.stage().close();
            return null;
        });

        open(second, second.copyOfBundledStore());
        assertEquals(1000, onFx(() -> second.stage().getWidth()), 1);
        assertEquals(700, onFx(() -> second.stage().getHeight()), 1);
        assertArrayEquals(new double[] {0.3, 0.6}, onFx(() -> columns(second).getDividerPositions()), 0.01);
    }

    @Test
    void a_maximised_window_opens_maximised_and_the_hidden_sidebar_stays_hidden(FxRobot robot) throws Exception {
        workspace.setPlacement(new Workspace.Placement(40, 30, 900, 650, true));
        workspace.setSidebarShown(false);
        open(first, first.copyOfBundledStore());
        assertTrue(onFx(() -> first.stage().isMaximized()));
        assertFalse(onFx(() -> columns(first).getItems().stream().anyMatch(n -> n instanceof EntitySidebar)));
        CheckMenuItem sidebar = (CheckMenuItem) menuItem(first, "showSidebar");
        onFx(() -> {
            sidebar.setSelected(true);
            return null;
        });
        assertTrue(onFx(() -> columns(first).getItems().stream().anyMatch(n -> n instanceof EntitySidebar)));
        assertTrue(workspace.sidebarShown());
    }

    @Test
    void stores_opened_go_first_in_open_recent_and_the_last_place_read_opens_again(FxRobot robot) throws Exception {
        Path a = first.copyOfBundledStore();
        Path b = TestStore.copyFolder(Path.of("data"), first.folder("store-b"));
        open(first, a);
        onFx(() -> {
            first.state.session().open(b);
            return null;
        });
        first.awaitLoaded();
        String article = StoreReader.load(b).knowledgeBase().articles().get(0).id();
        onFx(() -> {
            first.state.navigation().go(new Place.ArticlePage(article));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(b.toAbsolutePath().normalize(), a.toAbsolutePath().normalize()), workspace.recentStores());

        open(second, b);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> second.state.navigation().current())
                instanceof Place.ArticlePage p && p.articleId().equals(article));
    }

    @Test
    void a_recent_store_that_has_gone_is_marked_and_can_be_removed(FxRobot robot) throws Exception {
        Path gone = first.folder("gone");
        workspace.addRecentStore(gone);
        Files.delete(gone);
        open(first, first.copyOfBundledStore());
        Menu recent = (Menu) menuItem(first, "openRecent");
        onFx(() -> {
            recent.getOnShowing().handle(null);
            return null;
        });
        MenuItem goneItem = onFx(() -> recent.getItems().stream().filter(i -> i.getText() != null
                && i.getText().contains(gone.toString())).findFirst().orElseThrow());
        assertTrue(onFx(goneItem::getText).endsWith("(not found)"), onFx(goneItem::getText));
        Platform.runLater(goneItem::fire); // it asks, and waits for the answer
        // Shown once it is laid out: until then its button is there but not visible to a click.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("Yes").queryAll().stream().anyMatch(javafx.scene.Node::isVisible)));
        robot.clickOn("Yes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.recentStores().size() == 1);
        assertFalse(workspace.recentStores().contains(gone.toAbsolutePath().normalize()));
    }

    @Test
    void new_store_makes_an_empty_store_and_opens_it_and_refuses_a_folder_with_files(FxRobot robot) throws Exception {
        open(first, first.copyOfBundledStore());
        Path fresh = first.folder("new").resolve("Baltic shipping");
        List<String> errors = new ArrayList<>();
        onFx(() -> {
            WorkspaceMenus.makeAndOpen(fresh, first.state.session()::open, (t, m) -> errors.add(m));
            return null;
        });
        first.awaitLoaded();
        assertEquals("Baltic shipping", onFx(() -> first.state.session().knowledgeBase().name()));
        assertTrue(onFx(() -> first.state.session().knowledgeBase().articles().isEmpty()));
        assertTrue(Files.exists(fresh.resolve("store.json")));

        Path full = first.folder("full");
        Files.writeString(full.resolve("notes.txt"), "mine");
        onFx(() -> {
            WorkspaceMenus.makeAndOpen(full, first.state.session()::open, (t, m) -> errors.add(m));
            return null;
        });
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("is not an empty folder"), errors.get(0));
        assertEquals(fresh.toAbsolutePath().normalize(), onFx(() -> first.state.session().storeDirProperty().get()));
    }

    @Test
    void help_open_log_folder_shows_the_folder_of_the_log(FxRobot robot) throws Exception {
        open(first, first.copyOfBundledStore());
        MenuItem item = menuItem(first, "openLogFolder");
        Path logs = first.folder("logs");
        LoggingForTests.withLog(logs, () -> onFx(() -> {
            item.fire();
            return null;
        }));
        assertEquals(List.of(logs), first.shownFolders);
    }

    private static MenuItem menuItem(DossierWindow window, String id) {
        return onFx(() -> {
            MenuBar bar = (MenuBar) window.window.scene().lookup(".menu-bar");
            for (Menu menu : bar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (id.equals(item.getId())) {
                        return item;
                    }
                }
            }
            throw new AssertionError("no menu item #" + id);
        });
    }
}
