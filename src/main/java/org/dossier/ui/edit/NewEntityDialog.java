package org.dossier.ui.edit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
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
import org.dossier.ui.style.Css;

/**
 * Asks for a new entity's name, kind and summary, and whether to link it wherever the store names it; makes a
 * unique, valid id from the name. The kind proposed is a guess, shown as one: nothing is filed under a kind the
 * reader did not see.
 */
public final class NewEntityDialog {

    static final List<String> KINDS = List.of("person", "country", "city", "place", "organization", "agreement",
            "event", "other");

    /** What the reader answered: the entity, and whether to link it elsewhere too. */
    public record Answer(Entity entity, boolean linkEverywhere) {
    }

    private NewEntityDialog() {
    }

    /** @param kindGuess the kind discovery guesses for the words */
    public static Optional<Answer> ask(Window owner, KnowledgeBase kb, String name, String kindGuess) {
        TextField nameField = new TextField(name);
        nameField.setId("newEntityName");
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("newEntityKind");
        kind.getItems().setAll(KINDS);
        kind.setEditable(true);
        kind.setValue(kindGuess);
        Label guessed = new Label("Guessed from the words and what stands before them: check it.");
        guessed.getStyleClass().add(Css.MUTED);
        CheckBox everywhere = new CheckBox("Also link it wherever the store names it (as an accepted suggestion is)");
        everywhere.setId("newEntityEverywhere");
        everywhere.setSelected(true);
        TextArea summary = new TextArea();
        summary.setPrefRowCount(3);
        summary.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Name"), nameField);
        grid.addRow(1, new Label("Kind"), kind);
        grid.add(guessed, 1, 2);
        grid.addRow(3, new Label("Summary"), summary);
        grid.add(everywhere, 1, 4);
        Dialog<Answer> dialog = new Dialog<>();
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
            return new Answer(new Entity(EntityIds.forName(kb, nameField.getText()), kindId,
                    nameField.getText().strip(), List.of(), List.of(), List.of(), summary.getText().strip(), Map.of()),
                    everywhere.isSelected());
        });
        Dialogs.focusOnOpen(dialog, nameField);
        return dialog.showAndWait();
    }
}
