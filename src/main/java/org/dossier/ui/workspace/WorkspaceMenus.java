package org.dossier.ui.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.dossier.platform.Logging;
import org.dossier.store.NewStore;
import org.dossier.store.StoreException;
import org.dossier.ui.dialog.Dialogs;

/**
 * The menu items of the remembered workspace and the log: File › New Store… and Open Recent, View › Sidebar, Help ›
 * Open Log Folder. The window's menus put them in place ({@code ui.WindowMenus}).
 */
public final class WorkspaceMenus {

    /** The items, for the menus to place. */
    public record Items(MenuItem newStore, Menu openRecent, CheckMenuItem sidebar, MenuItem openLogFolder) {
    }

    private WorkspaceMenus() {
    }

    /**
     * @param open       opens a store folder in the window
     * @param showFolder shows a folder in the system's file manager
     * @param sidebar    the last pane of {@code columns}, which View › Sidebar shows and hides
     */
    public static Items of(Workspace workspace, Window owner, Dialogs dialogs, Consumer<Path> open,
                           Consumer<Path> showFolder, SplitPane columns, Region sidebar) {
        return new Items(newStore(owner, open, dialogs::error),
                RecentStoresMenu.of(workspace, open, store -> dialogs.confirm("Store not found", "The folder " + store
                        + " is not there any more (moved, renamed or deleted, or on a disk that is not connected). "
                        + "Remove it from the recent stores?")),
                sidebar(workspace, columns, sidebar), openLogFolder(showFolder, dialogs::info));
    }

    /**
     * File › New Store…: asks for a new or empty folder, makes an empty store there and opens it.
     *
     * @param error shows a title and a message when the store cannot be made there
     */
    static MenuItem newStore(Window owner, Consumer<Path> open, BiConsumer<String, String> error) {
        MenuItem item = new MenuItem("New Store…");
        item.setId("newStore");
        item.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Choose or make an empty folder for the new store");
            File dir = chooser.showDialog(owner);
            if (dir != null) {
                makeAndOpen(dir.toPath(), open, error);
            }
        });
        return item;
    }

    /** Makes an empty store in {@code dir} and opens it; says why not when the folder is not empty. */
    public static void makeAndOpen(Path dir, Consumer<Path> open, BiConsumer<String, String> error) {
        try {
            NewStore.create(dir, null);
            open.accept(dir);
        } catch (StoreException e) {
            error.accept("No new store was made", e.getMessage());
        }
    }

    /**
     * View › Sidebar: shows or hides the entity sidebar (the last pane of {@code columns}), as the workspace
     * remembers it. Hiding keeps the other panes' dividers.
     */
    static CheckMenuItem sidebar(Workspace workspace, SplitPane columns, Region sidebar) {
        CheckMenuItem item = new CheckMenuItem("Sidebar");
        item.setId("showSidebar");
        item.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        item.selectedProperty().addListener((o, was, show) -> {
            double[] before = columns.getDividerPositions();
            if (show && !columns.getItems().contains(sidebar)) {
                columns.getItems().add(sidebar);
                columns.setDividerPositions(before.length > 0 ? before[0] : 0.23, 0.77);
            } else if (!show) {
                columns.getItems().remove(sidebar);
                if (before.length > 0) {
                    columns.setDividerPositions(before[0]);
                }
            }
            workspace.setSidebarShown(show);
        });
        item.setSelected(workspace.sidebarShown());
        if (!item.isSelected()) {
            columns.getItems().remove(sidebar); // selected was already false: the listener did not run
        }
        return item;
    }

    /**
     * Help › Open Log Folder: shows the folder the log is written to in the system's file manager.
     *
     * @param info shows a title and a message, when there is no log folder to show
     */
    static MenuItem openLogFolder(Consumer<Path> showFolder, BiConsumer<String, String> info) {
        MenuItem item = new MenuItem("Open Log Folder");
        item.setId("openLogFolder");
        item.setOnAction(e -> {
            Path folder = Logging.folder();
            if (folder == null) {
                info.accept("No log folder", "This Dossier writes no log file: the log folder could not be made, "
                        + "or the window was started without one. Messages go to the terminal instead.");
            } else {
                showFolder.accept(folder);
            }
        });
        return item;
    }
}
