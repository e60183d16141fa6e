package org.dossier.ui.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.PartialDate;
import org.dossier.store.StoreSchema;
import org.dossier.ui.dialog.Dialogs;
import org.dossier.ui.style.Css;

/**
 * The dialog that edits an entity's name, aliases, demonyms, reference phrases, summary and attributes.
 * It checks what it can as the user types (a name, well-formed attributes, valid dates, known party ids)
 * and will not close with OK until the entity is valid.
 */
public final class EntityEditor {

    private final Entity original;
    private final KnowledgeBase kb;
    private final TextField name = new TextField();
    private final TextArea aliases = lines("editAliases");
    private final TextArea demonyms = lines("editDemonyms");
    private final TextArea references = lines("editReferences");
    private final TextArea summary = new TextArea();
    private final TextArea attributes = lines("editAttributes");
    private final Label error = new Label();

    private EntityEditor(Entity original, KnowledgeBase kb) {
        this.original = original;
        this.kb = kb;
        name.setId("editName");
        name.setText(original.name());
        aliases.setText(String.join("\n", original.aliases()));
        demonyms.setText(String.join("\n", original.demonyms()));
        references.setText(String.join("\n", original.references()));
        summary.setId("editSummary");
        summary.setWrapText(true);
        summary.setPrefRowCount(4);
        summary.setText(original.summary());
        attributes.setText(attributesText(original));
        error.setId("editError");
        error.getStyleClass().add(Css.ERROR_TEXT);
        error.setWrapText(true);
    }

    /** Shows the editor over {@code owner}; the edited entity when the user pressed OK and changed something. */
    public static Optional<Entity> edit(Window owner, Entity entity, KnowledgeBase kb) {
        return new EntityEditor(entity, kb).show(owner);
    }

    private Optional<Entity> show(Window owner) {
        Dialog<Entity> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Edit " + original.name());
        dialog.setHeaderText("Edit " + original.name() + " (" + original.kind() + ", id " + original.id() + ")");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().setId("entityEditor");
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        error.textProperty().bind(Bindings.createStringBinding(this::problem, name.textProperty(),
                attributes.textProperty()));
        ok.disableProperty().bind(error.textProperty().isNotEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK ? edited() : null);
        dialog.setResizable(true);
        Dialogs.focusOnOpen(dialog, name);
        return dialog.showAndWait().filter(e -> !e.equals(original));
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        int row = 0;
        grid.addRow(row++, new Label("Name"), name);
        grid.addRow(row++, new Label("Aliases\n(one per line)"), aliases);
        grid.addRow(row++, new Label("Demonyms"), demonyms);
        grid.addRow(row++, new Label("Reference\nphrases"), references);
        grid.addRow(row++, new Label("Summary"), summary);
        grid.addRow(row++, new Label("Attributes\n(key: value)"), attributes);
        grid.add(error, 1, row);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.setPrefWidth(560);
        return grid;
    }

    private static TextArea lines(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(3);
        return area;
    }

    /** What is wrong with the form, or "" when it can be saved. */
    String problem() {
        if (name.getText().isBlank()) {
            return "The name cannot be empty.";
        }
        try {
            parseAttributes(attributes.getText());
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private Entity edited() {
        return new Entity(original.id(), original.kind(), name.getText().strip(), split(aliases.getText()),
                split(demonyms.getText()), split(references.getText()), summary.getText().strip(),
                parseAttributes(attributes.getText()));
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** "key: value" per line; entity-id and list attributes take values separated by commas. */
    static String attributesText(Entity entity) {
        StringBuilder sb = new StringBuilder();
        entity.attributes().forEach((key, value) -> sb.append(key).append(": ").append(value.text()).append('\n'));
        return sb.toString().strip();
    }

    private Map<String, AttributeValue> parseAttributes(String text) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : text.split("\n")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("Attribute line " + lineNumber + " needs the form 'key: value'.");
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (!key.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("Attribute line " + lineNumber + ": '" + key
                        + "' is not a key (letters, digits and _ only).");
            }
            out.put(key, value(key, value, lineNumber));
        }
        return out;
    }

    private AttributeValue value(String key, String value, int lineNumber) {
        AttributeValue old = original.attribute(key);
        boolean list = StoreSchema.ENTITY_ATTRIBUTES.contains(key) || (old != null && old.isList());
        List<String> values = list ? split(value.replace(',', '\n')) : List.of(value);
        List<String> checked = new ArrayList<>();
        for (String v : values) {
            if (StoreSchema.DATE_ATTRIBUTES.contains(key)) {
                try {
                    PartialDate.parse(v);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Attribute line " + lineNumber + ": " + e.getMessage() + ".");
                }
            }
            if (StoreSchema.ENTITY_ATTRIBUTES.contains(key) && kb.entity(v) == null) {
                throw new IllegalArgumentException("Attribute line " + lineNumber + ": '" + v
                        + "' is not the id of an entity.");
            }
            checked.add(v);
        }
        return list ? AttributeValue.ofList(checked) : AttributeValue.of(value);
    }
}
