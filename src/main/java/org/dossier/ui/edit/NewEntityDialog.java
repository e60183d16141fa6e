package org.dossier.ui.edit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.dossier.edit.EntityIds;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.ui.dialog.Dialogs;

/** Asks for a new entity's name, kind and summary; makes a unique, valid id from the name. */
public final class NewEntityDialog {

    static final List<String> KINDS = List.of("person", "country", "city", "organization", "agreement", "event");

    private NewEntityDialog() {
    }

    /** @param kindHint the kind to propose, or null */
    public static Optional<Entity> ask(Window owner, KnowledgeBase kb, String name, String kindHint) {
        TextField nameField = new TextField(name);
        nameField.setId("newEntityName");
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("newEntityKind");
        kind.getItems().setAll(KINDS);
        kind.setEditable(true);
        kind.setValue(kindHint != null ? kindHint : "organization");
        TextArea summary = new TextArea();
        summary.setPrefRowCount(3);
        summary.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Name"), nameField);
        grid.addRow(1, new Label("Kind"), kind);
        grid.addRow(2, new Label("Summary"), summary);
        Dialog<Entity> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New entity");
        dialog.setHeaderText("New entity from “" + name + "”");
        dialog.getDialogPane().setId("newEntityDialog");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(nameField.textProperty().isEmpty());
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK || nameField.getText().isBlank()) {
                return null;
            }
            String k = kind.getEditor().getText().isBlank() ? kind.getValue() : kind.getEditor().getText();
            String kindId = k.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            return new Entity(EntityIds.forName(kb, nameField.getText()), kindId, nameField.getText().strip(), List.of(),
                    List.of(), List.of(), summary.getText().strip(), Map.of());
        });
        Dialogs.focusOnOpen(dialog, nameField);
        return dialog.showAndWait();
    }
}
