package org.dossier.ui.suggestions;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dossier.model.Evidence;
import org.dossier.model.Plural;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Css;

/**
 * The Relations tab of the review queue: relations the articles state between entities of the store, best first,
 * each with every sentence that states it. Keys as for names: arrows, A, R, Enter (the first sentence).
 */
final class RelationReview extends BorderPane {

    private static final java.util.function.Function<RelationDraft, Object> KEY = RelationDraft::key;

    private final SuggestionsViewModel model;
    private final Consumer<Place> go;
    private final ListView<RelationDraft> list = new ListView<>();
    private QueuePlace<RelationDraft> place = QueuePlace.start();
    private final VBox detail = new VBox(10);

    RelationReview(SuggestionsViewModel model, Consumer<Place> go) {
        this.model = model;
        this.go = go;
        list.setId("relationSuggestions");
        list.getStyleClass().add(Css.SUGGESTION_LIST);
        list.setItems(model.shownRelations());
        // A new list (after every accept) keeps the reader's place: the same proposal, or the one now where it was.
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                place = new QueuePlace<>(now, list.getSelectionModel().getSelectedIndex());
            }
        });
        model.passesProperty().addListener((o, was, now) -> place.restore(list, KEY));
        list.setCellFactory(v -> new Row());
        list.setPlaceholder(new Label("No relations to review: accept names to find more."));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> show(now));
        detail.setId("relationDetail");
        detail.getStyleClass().add(Css.SUGGESTION_DETAIL);
        detail.setPadding(new Insets(14, 18, 18, 18));
        show(null);
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(list, detailScroll);
        split.setDividerPositions(0.42);
        setTop(filters());
        setCenter(split);
    }

    private HBox filters() {
        ComboBox<String> type = new ComboBox<>();
        type.setId("relationTypeFilter");
        type.getItems().add("");
        type.setOnShowing(e -> {
            String chosen = type.getValue();
            type.getItems().setAll("");
            type.getItems().addAll(model.types());
            type.setValue(chosen);
        });
        type.setButtonCell(typeCell());
        type.setCellFactory(v -> typeCell());
        type.valueProperty().bindBidirectional(model.typeFilterProperty());
        TextField text = new TextField();
        text.setId("relationFilter");
        text.setPromptText("Filter relations");
        text.textProperty().bindBidirectional(model.relationTextFilterProperty());
        HBox.setHgrow(text, Priority.SOMETIMES);
        Button all = new Button();
        all.setId("acceptAllRelations");
        all.textProperty().bind(Bindings.createStringBinding(() -> "Accept all shown ("
                + model.shownRelations().size() + ")", model.shownRelations()));
        all.disableProperty().bind(Bindings.isEmpty(model.shownRelations()));
        all.setOnAction(e -> model.acceptShownRelations());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, type, text, gap, all);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 8, 0));
        return bar;
    }

    private static ListCell<String> typeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.isEmpty() ? "Every type" : t.replace('_', ' '));
            }
        };
    }

    private void show(RelationDraft r) {
        if (r == null) {
            Label none = new Label("Select a relation to review it. A accepts it with its sentences, R rejects it.");
            none.setWrapText(true);
            none.getStyleClass().add(Css.MUTED);
            detail.getChildren().setAll(none);
            return;
        }
        Label statement = new Label(r.statement());
        statement.setWrapText(true);
        statement.getStyleClass().add(Css.RELATION_STATEMENT);
        Label facts = new Label((r.proposed().date() == null ? "no date" : r.proposed().date().display()) + "  ·  "
                + Plural.count(r.proposed().evidence().size(), "sentence", "sentences") + "  ·  confidence "
                + Math.round(r.proposed().confidence() * 100) + "%");
        facts.getStyleClass().add(Css.MUTED);
        VBox sentences = new VBox(6, EntityDetail.heading("Stated in"));
        for (Evidence e : r.proposed().evidence()) {
            Hyperlink quote = new Hyperlink("“" + e.quote() + "”");
            quote.setWrapText(true);
            quote.getStyleClass().add(Css.EVIDENCE_QUOTE);
            quote.setOnAction(x -> go.accept(new Place.ArticlePage(e.article(), e)));
            sentences.getChildren().add(quote);
        }
        detail.getChildren().setAll(statement, facts, sentences, buttons());
    }

    private Node buttons() {
        Button yes = new Button("Accept  (A)");
        yes.setId("acceptRelation");
        yes.getStyleClass().add(Css.ACCENT_BUTTON);
        yes.setOnAction(e -> act(true));
        Button no = new Button("Reject  (R)");
        no.setId("rejectRelation");
        no.setOnAction(e -> act(false));
        return new HBox(8, yes, no);
    }

    private void key(KeyEvent e) {
        RelationDraft r = list.getSelectionModel().getSelectedItem();
        if (e.getCode() == KeyCode.A && !e.isShortcutDown()) {
            act(true);
        } else if (e.getCode() == KeyCode.R && !e.isShortcutDown()) {
            act(false);
        } else if (e.getCode() == KeyCode.ENTER && r != null) {
            Evidence first = r.proposed().evidence().get(0);
            go.accept(new Place.ArticlePage(first.article(), first));
        } else {
            return;
        }
        e.consume();
    }

    private void act(boolean accept) {
        RelationDraft r = list.getSelectionModel().getSelectedItem();
        if (r == null) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        if (accept) {
            model.accept(r);
        } else {
            model.reject(r);
        }
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(Math.min(at, list.getItems().size() - 1));
        }
        list.requestFocus();
    }

    void focusList() {
        if (list.getSelectionModel().getSelectedItem() == null && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        list.requestFocus();
    }

    /** A relation in words, with its date and how many sentences state it. */
    private static final class Row extends ListCell<RelationDraft> {
        @Override
        protected void updateItem(RelationDraft r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setUserData(null);
                return;
            }
            Label statement = new Label(r.subjectName() + " " + r.verb() + " " + r.objectName());
            statement.getStyleClass().add(Css.SEARCH_TITLE);
            Label facts = new Label((r.proposed().date() == null ? "" : r.proposed().date().display() + "  ·  ")
                    + Plural.count(r.proposed().evidence().size(), "sentence", "sentences") + "  ·  "
                    + Math.round(r.proposed().confidence() * 100) + "%");
            facts.getStyleClass().add(Css.MUTED);
            setGraphic(new VBox(1, statement, facts));
            setUserData(r.statement());
        }
    }
}
