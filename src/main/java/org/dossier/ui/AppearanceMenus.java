package org.dossier.ui;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.dossier.ui.state.Appearance;

/** The View menu's items for how the window looks: View › Theme, and the reading text's size. */
final class AppearanceMenus {

    private AppearanceMenus() {
    }

    /** Light, Dark, Follow the System; the one in force is checked, also when it came from the command line. */
    static Menu theme(Appearance appearance) {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu("_Theme");
        menu.setId("themeMenu");
        for (Appearance.Theme theme : Appearance.Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(switch (theme) {
                case LIGHT -> "Light";
                case DARK -> "Dark";
                case SYSTEM -> "Follow the System";
            });
            item.setId("theme-" + theme.word());
            item.setToggleGroup(group);
            item.setSelected(appearance.themeProperty().get() == theme);
            item.setOnAction(e -> appearance.choose(theme));
            menu.getItems().add(item);
        }
        appearance.themeProperty().addListener((o, was, now) -> group.getToggles().forEach(t ->
                t.setSelected(((RadioMenuItem) t).getId().equals("theme-" + now.word()))));
        return menu;
    }

    /**
     * Larger (Ctrl+=, also Ctrl+Plus and the keypad's +), smaller (Ctrl+-) and normal (Ctrl+0) reading text. The
     * second keys of each are the scene's, since a menu item has one accelerator.
     */
    static List<MenuItem> textSize(Appearance appearance) {
        MenuItem larger = WindowMenus.item("_Larger Text", appearance::larger, KeyCode.EQUALS,
                KeyCombination.SHORTCUT_DOWN);
        larger.setId("textLarger");
        MenuItem smaller = WindowMenus.item("S_maller Text", appearance::smaller, KeyCode.MINUS,
                KeyCombination.SHORTCUT_DOWN);
        smaller.setId("textSmaller");
        MenuItem normal = WindowMenus.item("_Normal Text Size", appearance::normalSize, KeyCode.DIGIT0,
                KeyCombination.SHORTCUT_DOWN);
        normal.setId("textNormal");
        return List.of(larger, smaller, normal);
    }

    /** Keys that do the same as the text size items, for keyboards whose "+" is Shift+= or on the keypad. */
    static void installSecondKeys(javafx.scene.Scene scene, Appearance appearance) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
                appearance::larger);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                appearance::larger);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), appearance::larger);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                appearance::smaller);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN),
                appearance::normalSize);
    }
}
