package org.dossier.ui.edit;

import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.ui.dialog.Dialogs;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;

/** Asks for an entity: type part of its name or an alias, pick it from the list. */
public final class EntityChooser {

    private static final int SHOWN = 60;

    private EntityChooser() {
    }

    public static Optional<Entity> choose(Window owner, KnowledgeBase kb, String title, String initial) {
        TextField field = new TextField(initial);
        field.setId("entityChooserField");
        field.setPromptText("Name or alias");
        ListView<Entity> list = new ListView<>();
        list.setId("entityChooserList");
        list.setPrefSize(460, 320);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Entity e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.name() + "  ·  " + Kinds.look(e.kind()).singular());
                setGraphic(empty || e == null ? null : Icons.forKind(e.kind(), 16));
            }
        });
        Runnable filter = () -> {
            String needle = field.getText().strip().toLowerCase(Locale.ROOT);
            list.getItems().setAll(kb.entities().stream().filter(e -> needle.isEmpty()
                    || e.surfaceForms().stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(needle)))
                    .limit(SHOWN).toList());
            list.getSelectionModel().selectFirst();
        };
        field.textProperty().addListener((o, was, now) -> filter.run());
        filter.run();
        Dialog<Entity> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("entityChooser");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        VBox box = new VBox(8, field, list);
        box.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        Dialogs.focusOnOpen(dialog, field);
        return dialog.showAndWait();
    }
}
