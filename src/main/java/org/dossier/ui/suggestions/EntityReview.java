package org.dossier.ui.suggestions;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
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
import org.dossier.model.Entity;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Css;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;

/**
 * The Entities tab of the review queue: the proposed names, best first, filtered by kind and text, and the one
 * selected beside them. Keys: arrows move, A accepts, R rejects, Enter opens the first sentence it is seen in.
 */
final class EntityReview extends BorderPane {

    private static final java.util.function.Function<EntityDraft, Object> KEY = EntityDraft::key;

    private final SuggestionsViewModel model;
    private final Consumer<Place> go;
    private final ListView<EntityDraft> list = new ListView<>();
    private QueuePlace<EntityDraft> place = QueuePlace.start();
    private final EntityDetail detail;

    EntityReview(SuggestionsViewModel model, Consumer<Place> go, Function<String, Optional<Entity>> pickEntity) {
        this.model = model;
        this.go = go;
        list.setId("entitySuggestions");
        list.getStyleClass().add(Css.SUGGESTION_LIST);
        list.setItems(model.shownEntities());
        // A new list (after every accept) keeps the reader's place: the same proposal, or the one now where it was.
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                place = new QueuePlace<>(now, list.getSelectionModel().getSelectedIndex());
            }
        });
        model.passesProperty().addListener((o, was, now) -> place.restore(list, KEY));
        list.setCellFactory(v -> new Row());
        list.setPlaceholder(new Label("No names to review."));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        detail = new EntityDetail(model, go, pickEntity, () -> act(true), () -> act(false));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> detail.show(now));
        ListChangeListener<EntityDraft> changed = c -> {
            while (c.next()) {
                if (c.wasUpdated() && c.getList().subList(c.getFrom(), c.getTo()).contains(selected())) {
                    detail.show(selected());
                }
            }
        };
        model.shownEntities().addListener(changed);
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(list, detailScroll);
        split.setDividerPositions(0.42);
        setTop(filters());
        setCenter(split);
    }

    private HBox filters() {
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("suggestionKindFilter");
        kind.getItems().add("");
        kind.getItems().addAll(model.kinds());
        kind.setButtonCell(kindCell());
        kind.setCellFactory(v -> kindCell());
        kind.valueProperty().bindBidirectional(model.kindFilterProperty());
        kind.setOnShowing(e -> {
            String chosen = kind.getValue();
            kind.getItems().setAll("");
            kind.getItems().addAll(model.kinds());
            kind.setValue(chosen);
        });
        TextField text = new TextField();
        text.setId("suggestionFilter");
        text.setPromptText("Filter names");
        text.textProperty().bindBidirectional(model.textFilterProperty());
        HBox.setHgrow(text, Priority.SOMETIMES);
        Button all = new Button();
        all.setId("acceptAllEntities");
        all.textProperty().bind(Bindings.createStringBinding(() -> "Accept all shown ("
                + model.shownEntities().size() + ")", model.shownEntities()));
        all.disableProperty().bind(Bindings.isEmpty(model.shownEntities()));
        all.setOnAction(e -> model.acceptShownEntities());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, kind, text, gap, all);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 8, 0));
        return bar;
    }

    private static ListCell<String> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : k.isEmpty() ? "Every kind" : Kinds.look(k).plural());
            }
        };
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.A && !e.isShortcutDown()) {
            act(true);
        } else if (e.getCode() == KeyCode.R && !e.isShortcutDown()) {
            act(false);
        } else if (e.getCode() == KeyCode.ENTER && selected() != null && !selected().examples().isEmpty()) {
            var first = selected().examples().get(0);
            go.accept(new Place.ArticlePage(first.article(), first));
        } else {
            return;
        }
        e.consume();
    }

    /** Accepts or rejects the selected name, then selects the one that takes its place. */
    private void act(boolean accept) {
        EntityDraft d = selected();
        if (d == null) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        if (accept) {
            model.accept(d);
        } else {
            model.reject(d);
        }
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(Math.min(at, list.getItems().size() - 1));
        }
        list.requestFocus();
    }

    private EntityDraft selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** Puts the keyboard in the list, on its first name when none is selected. */
    void focusList() {
        if (selected() == null && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        list.requestFocus();
    }

    /** A name: its icon and kind, how often it is seen, and how sure discovery is. */
    private static final class Row extends ListCell<EntityDraft> {
        @Override
        protected void updateItem(EntityDraft d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                setUserData(null);
                return;
            }
            Label name = new Label(d.nameProperty().get());
            name.getStyleClass().add(Css.SEARCH_TITLE);
            Label facts = new Label(Kinds.look(d.kindProperty().get()).singular() + "  ·  " + d.mentions() + "×, "
                    + d.articles() + " art.  ·  " + Math.round(d.confidence() * 100) + "%");
            facts.getStyleClass().add(Css.MUTED);
            HBox row = new HBox(8, Icons.forKind(d.kindProperty().get(), 16), new VBox(1, name, facts));
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setUserData(d.nameProperty().get());
        }
    }
}
