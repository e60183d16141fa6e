package org.dossier.ui.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * File › Open Recent: the stores opened recently, the latest first, each named by its folder with its path beside it.
 * A store whose folder has gone is marked "(not found)"; choosing it asks whether to remove it from the list. The
 * items are made afresh each time the menu opens, so that a folder that went or came back meanwhile shows as it is.
 */
public final class RecentStoresMenu {

    /** The menu's id, and the prefix of its items' ids, for tests. */
    public static final String ID = "openRecent";
    static final String GONE = " (not found)";

    private RecentStoresMenu() {
    }

    /**
     * @param open        opens a store that is there
     * @param removeGone  asked whether to remove a store that has gone from the list (true: remove it)
     */
    public static Menu of(Workspace workspace, Consumer<Path> open, Predicate<Path> removeGone) {
        Menu menu = new Menu("Open _Recent");
        menu.setId(ID);
        MenuItem placeholder = new MenuItem("No recent stores");
        placeholder.setDisable(true);
        menu.getItems().add(placeholder); // a menu without items does not open, so it would never be filled
        menu.setOnShowing(e -> fill(menu, workspace, open, removeGone));
        return menu;
    }

    static void fill(Menu menu, Workspace workspace, Consumer<Path> open, Predicate<Path> removeGone) {
        menu.getItems().clear();
        int index = 0;
        for (Path store : workspace.recentStores()) {
            boolean there = Files.isDirectory(store);
            MenuItem item = new MenuItem(label(store, there));
            item.setId(ID + "-" + index++);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (Files.isDirectory(store)) {
                    open.accept(store);
                } else if (removeGone.test(store)) {
                    workspace.removeRecentStore(store);
                }
            });
            menu.getItems().add(item);
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent stores");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        MenuItem clear = new MenuItem("Clear Recent Stores");
        clear.setId(ID + "-clear");
        clear.setOnAction(e -> workspace.recentStores().forEach(workspace::removeRecentStore));
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    /** "Danish cooperation — /home/ann/stores/danish", with the mark of a store that has gone. */
    static String label(Path store, boolean there) {
        Path name = store.getFileName();
        return (name == null ? store.toString() : name + " — " + store) + (there ? "" : GONE);
    }
}
