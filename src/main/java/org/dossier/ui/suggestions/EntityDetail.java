package org.dossier.ui.suggestions;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.Plural;
import org.dossier.ui.style.Css;

/**
 * The name selected in the queue, to look at and change before accepting: its name and kind, its variants (split
 * one off as a name of its own, make one an alias of an entity the store has, merge another proposal into it),
 * the sentences it is seen in (a click opens the article there), and Accept and Reject.
 */
final class EntityDetail extends VBox {

    private final SuggestionsViewModel model;
    private final Consumer<Evidence> open;
    private final Function<String, Optional<Entity>> pickEntity;
    private final Runnable accept;
    private final Runnable reject;

    /**
     * @param open       opens an article at a sentence
     * @param pickEntity asks the reader for an entity of the store (the dialog's title given), or empty
     * @param accept     accepts the draft shown and moves on
     * @param reject     rejects it and moves on
     */
    EntityDetail(SuggestionsViewModel model, Consumer<Evidence> open, Function<String, Optional<Entity>> pickEntity,
                 Runnable accept, Runnable reject) {
        super(12);
        this.model = model;
        this.open = open;
        this.pickEntity = pickEntity;
        this.accept = accept;
        this.reject = reject;
        setId("entityDetail");
        getStyleClass().add(Css.SUGGESTION_DETAIL);
        setPadding(new Insets(14, 18, 18, 18));
        show(null);
    }

    /** Shows {@code d}, or a hint when nothing is selected. */
    void show(EntityDraft d) {
        if (d == null) {
            Label none = new Label("Select a name to review it. A accepts it, R rejects it, Enter opens the "
                    + "article it was first seen in.");
            none.setWrapText(true);
            none.getStyleClass().add(Css.MUTED);
            getChildren().setAll(none);
            return;
        }
        getChildren().setAll(nameAndKind(d), counts(d), variants(d), merge(d), examples(d), buttons());
    }

    private Node nameAndKind(EntityDraft d) {
        TextField name = new TextField();
        name.setId("suggestionName");
        name.textProperty().bindBidirectional(d.nameProperty());
        name.setPrefColumnCount(22);
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("suggestionKind");
        kind.setEditable(true);
        kind.getItems().setAll(model.kinds());
        kind.valueProperty().bindBidirectional(d.kindProperty());
        kind.setTooltip(new Tooltip("The kind discovery guessed; choose another before accepting"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, fieldLabel("Name"), name);
        grid.addRow(1, fieldLabel("Kind"), kind);
        GridPane.setHgrow(name, Priority.ALWAYS);
        return grid;
    }

    private static Node counts(EntityDraft d) {
        String text = d.splitFrom() != null ? "Split off from " + d.splitFrom()
                : Plural.count(d.mentions(), "mention", "mentions") + " in "
                + Plural.count(d.articles(), "article", "articles") + "  ·  confidence "
                + Math.round(d.confidence() * 100) + "%" + (d.origin().isEmpty() ? "" : "  ·  " + d.origin());
        if (d.proposed().listed() != null && !d.proposed().listed().summary().isEmpty()) {
            // What the list says of it, which the entity will keep as its summary.
            text += "\n" + d.proposed().listed().summary();
        }
        Label label = new Label(text);
        label.setId("suggestionCounts");
        label.setWrapText(true);
        label.getStyleClass().add(Css.MUTED);
        return label;
    }

    private Node variants(EntityDraft d) {
        VBox box = new VBox(4, heading("Variants, linked as aliases"));
        if (d.variants().isEmpty()) {
            Label none = new Label("None");
            none.getStyleClass().add(Css.MUTED);
            box.getChildren().add(none);
        }
        for (String v : List.copyOf(d.variants())) {
            Label name = new Label(v);
            name.getStyleClass().add(Css.CHIP);
            Hyperlink split = new Hyperlink("Split off");
            split.setOnAction(e -> model.splitOff(d, v));
            Hyperlink alias = new Hyperlink("Alias of an entity…");
            alias.setOnAction(e -> pickEntity.apply("Make “" + v + "” an alias of…")
                    .ifPresent(existing -> model.makeAlias(d, v, existing)));
            FlowPane row = new FlowPane(6, 2, name, split, alias);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setUserData(v);
            box.getChildren().add(row);
        }
        return box;
    }

    private Node merge(EntityDraft d) {
        ComboBox<EntityDraft> others = new ComboBox<>();
        others.setId("mergeWith");
        others.setPromptText("Another proposed name…");
        others.setPrefWidth(220);
        others.setMinWidth(Region.USE_PREF_SIZE);
        others.getItems().setAll(model.shownEntities().stream().filter(o -> o != d).toList());
        Button merge = new Button("Merge into this");
        merge.setId("mergeButton");
        merge.setMinWidth(Region.USE_PREF_SIZE);
        merge.disableProperty().bind(others.valueProperty().isNull());
        merge.setOnAction(e -> model.merge(d, others.getValue()));
        FlowPane row = new FlowPane(8, 6, others, merge);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, heading("The same as"), row);
    }

    private Node examples(EntityDraft d) {
        VBox box = new VBox(6, heading("Seen in"));
        for (Evidence e : d.examples()) {
            Hyperlink quote = new Hyperlink("“" + e.quote() + "”");
            quote.setWrapText(true);
            quote.getStyleClass().add(Css.EVIDENCE_QUOTE);
            quote.setOnAction(x -> open.accept(e));
            box.getChildren().add(quote);
        }
        return box;
    }

    private Node buttons() {
        Button yes = new Button("Accept  (A)");
        yes.setId("acceptSuggestion");
        yes.getStyleClass().add(Css.ACCENT_BUTTON);
        yes.setOnAction(e -> accept.run());
        Button no = new Button("Reject  (R)");
        no.setId("rejectSuggestion");
        no.setOnAction(e -> reject.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, yes, no, gap);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Css.GROUP_HEADING);
        return label;
    }
}
