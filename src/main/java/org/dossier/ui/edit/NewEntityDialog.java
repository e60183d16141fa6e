package org.dossier.ui.edit;

import java.text.Normalizer;
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
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreLayout;

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
            return new Entity(idFor(kb, nameField.getText()), kindId, nameField.getText().strip(), List.of(),
                    List.of(), List.of(), summary.getText().strip(), Map.of());
        });
        return dialog.showAndWait();
    }

    /** "Kyiv Oblast" → "kyiv-oblast", "kyiv-oblast-2" if taken; letters outside a–z are dropped after folding accents. */
    public static String idFor(KnowledgeBase kb, String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String base = folded.isEmpty() ? "entity" : folded.length() > 100 ? folded.substring(0, 100) : folded;
        String id = base;
        for (int n = 2; kb.entity(id) != null || !StoreLayout.isValidId(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
