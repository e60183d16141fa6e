package org.dossier.ui.reader;

import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.dossier.model.Mention;

/**
 * The reading pane's context menus, where the store can be edited: on a link, unlink it (here, everywhere, or every
 * link its rule made to its entity) or link it to another entity; on selected words, link them, make them an entity, or an alias. One menu is open at
 * a time; the {@link Curator} answers.
 */
final class CurationMenus {

    private final Curator curator;
    private ContextMenu openMenu;

    CurationMenus(Curator curator) {
        this.curator = curator;
    }

    /** The menu for the words selected in paragraph {@code index}. */
    void onParagraph(ParagraphView p, int index) {
        onMenuRequest(p, (x, y) -> showMenu(selectionMenu(p, index), p, x, y));
    }

    /** The menu for a mention's link; {@code beforeShowing} closes what would cover it (its preview card). */
    void onMention(Node link, Mention mention, Runnable beforeShowing) {
        onMenuRequest(link, (x, y) -> {
            beforeShowing.run();
            showMenu(mentionMenu(mention), link, x, y);
        });
    }

    /**
     * Calls {@code show} for a right-click and for the keyboard's menu key. Both can arrive for one click on some
     * platforms; {@link #showMenu} keeps only one menu open.
     */
    private static void onMenuRequest(Node node, BiConsumer<Double, Double> show) {
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                show.accept(e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        node.setOnContextMenuRequested(e -> {
            show.accept(e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private void showMenu(ContextMenu menu, Node owner, double x, double y) {
        if (openMenu != null) {
            openMenu.hide();
        }
        openMenu = menu;
        menu.show(owner, x, y);
    }

    /** Unlink this mention, every identical one, or link it to another entity. */
    private ContextMenu mentionMenu(Mention mention) {
        MenuItem one = item("unlinkOne", "Unlink “" + mention.text() + "”", () -> curator.unlink(mention, false));
        int count = curator.countLinks(mention);
        MenuItem all = item("unlinkAll", "Unlink every “" + mention.text() + "” (" + count + " in the store)",
                () -> curator.unlink(mention, true));
        MenuItem other = item("relink", "Link to Another Entity…", () -> curator.relink(mention));
        ContextMenu menu = new ContextMenu(one, all);
        if (mention.rule() != null) {
            int made = curator.countRuleLinks(mention);
            menu.getItems().add(item("unlinkRule", "Unlink Every Link Made by the Rule “" + mention.rule().id()
                    + "” for This Entity (" + made + " in the store)", () -> curator.unlinkRule(mention)));
        }
        menu.getItems().addAll(new SeparatorMenuItem(), other);
        return menu;
    }

    /** Link the selected words to an entity (here or everywhere), make them a new entity, or an alias. */
    private ContextMenu selectionMenu(ParagraphView p, int paragraph) {
        int[] sel = p.selection();
        if (sel == null) {
            MenuItem hint = new MenuItem("Select words (drag, or double-click one) to link them");
            hint.setDisable(true);
            return new ContextMenu(hint);
        }
        String words = "“" + p.textOf(sel[0], sel[1]) + "”";
        return new ContextMenu(
                item("linkSelection", "Link " + words + " to Entity…", () -> curator.link(paragraph, sel[0], sel[1], false)),
                item("linkEverywhere", "Link Every " + words + " in the Store to Entity…",
                        () -> curator.link(paragraph, sel[0], sel[1], true)),
                new SeparatorMenuItem(),
                item("newEntity", "New Entity from " + words + "…", () -> curator.createEntity(paragraph, sel[0], sel[1])),
                item("addAlias", "Add " + words + " as Alias of…", () -> curator.addAlias(paragraph, sel[0], sel[1])));
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
