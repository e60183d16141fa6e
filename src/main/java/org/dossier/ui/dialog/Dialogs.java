package org.dossier.ui.dialog;

import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.dossier.ui.style.Css;

/**
 * The window's messages to the user: errors, information and questions, each in an alert owned by the window (so it
 * stays above it and closes with it), with the long part, when there is one, behind "Show Details".
 */
public final class Dialogs {

    private final Supplier<Window> owner;

    /** @param owner the window the alerts belong to, asked each time (a page may not be in a window yet) */
    public Dialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    public void error(String title, String text) {
        show(Alert.AlertType.ERROR, title, text, null);
    }

    public void info(String title, String text) {
        show(Alert.AlertType.INFORMATION, title, text, Css.INFO_DIALOG);
    }

    /**
     * An alert whose {@code detail} (null for none) can be expanded.
     *
     * @param id the dialog pane's id, so that tests can find it; null for none
     */
    public void withDetail(Alert.AlertType type, String title, String text, String detail, String id) {
        Alert alert = alert(type, title, text);
        if (id != null) {
            alert.getDialogPane().setId(id);
        }
        if (detail != null) {
            TextArea area = new TextArea(detail);
            area.setEditable(false);
            area.setWrapText(true);
            alert.getDialogPane().setExpandableContent(area);
        }
        alert.show();
    }

    /**
     * Information laid out as a table of two columns (the keyboard shortcuts): each column starts at one place,
     * whatever the font, where spaces in a proportional font never line up.
     */
    public void table(String title, List<List<String>> rows, String firstClass, String secondClass) {
        GridPane grid = new GridPane();
        grid.setId("tableDialog");
        grid.setHgap(24);
        grid.setVgap(5);
        for (int r = 0; r < rows.size(); r++) {
            Label first = new Label(rows.get(r).get(0));
            first.getStyleClass().add(firstClass);
            first.setMinWidth(Region.USE_PREF_SIZE);
            Label second = new Label(rows.get(r).get(1));
            second.getStyleClass().add(secondClass);
            grid.addRow(r, first, second);
        }
        Alert alert = alert(Alert.AlertType.INFORMATION, title, null);
        alert.setTitle(title);
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().getStyleClass().add(Css.INFO_DIALOG);
        alert.show();
    }

    /**
     * Puts the keyboard's focus in {@code first} when the dialog opens: a dialog otherwise gives it to its default
     * button, so that what a reader types goes nowhere.
     */
    public static void focusOnOpen(Dialog<?> dialog, Node first) {
        dialog.setOnShown(e -> Platform.runLater(first::requestFocus));
    }

    /** Asks a yes-or-no question and waits for the answer; closing the alert means no. */
    public boolean confirm(String title, String text) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.YES, ButtonType.NO);
        ask.initOwner(owner.get());
        ask.setHeaderText(title);
        return ask.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    private void show(Alert.AlertType type, String title, String text, String styleClass) {
        Alert alert = alert(type, title, text);
        alert.setTitle(title);
        if (styleClass != null) {
            alert.getDialogPane().getStyleClass().add(styleClass);
        }
        alert.show();
    }

    private Alert alert(Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type, text);
        alert.initOwner(owner.get());
        alert.setHeaderText(title);
        return alert;
    }
}
