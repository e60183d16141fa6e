package org.dossier.ui.suggestions;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
import org.dossier.model.Evidence;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Css;

/**
 * One tab of the review queue: a filter bar (a choice, a text, Accept all shown), the proposals best first, and
 * the one selected beside them. Keys: arrows move, A accepts, R rejects, Enter opens the first sentence. After
 * each accept or reject, and each new list, the reader's place in the list is kept ({@link QueuePlace}).
 *
 * @param <T> a proposal
 */
abstract class ReviewList<T> extends BorderPane {

    /** The parts of a tab's filter bar. */
    record Filters(String choiceId, StringProperty choice, Supplier<List<String>> choices,
                   Function<String, String> choiceLabel, String textId, String prompt, StringProperty text,
                   String acceptAllId, Runnable acceptAll) {
    }

    private final ListView<T> list = new ListView<>();
    private final Function<T, Object> key;
    private final Consumer<Place> go;
    private QueuePlace<T> place = QueuePlace.start();

    ReviewList(String id, ObservableList<T> items, ReadOnlyIntegerProperty passes, Function<T, Object> key,
               Consumer<Place> go, String placeholder) {
        this.key = key;
        this.go = go;
        list.setId(id);
        list.getStyleClass().add(Css.SUGGESTION_LIST);
        list.setItems(items);
        list.setPlaceholder(new Label(placeholder));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                place = new QueuePlace<>(now, list.getSelectionModel().getSelectedIndex());
            }
            show(now);
        });
        passes.addListener((o, was, now) -> place.restore(list, key));
    }

    /** Lays the tab out; called by the subclass once its detail pane exists. */
    final void layOut(Filters filters, Node detail, Function<ListView<T>, ListCell<T>> cells) {
        list.setCellFactory(v -> {
            ListCell<T> cell = cells.apply(v);
            cell.setPrefWidth(0); // as wide as the list, never wider: long names are cut, not scrolled to
            return cell;
        });
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detailScroll.getStyleClass().add(Css.SUGGESTION_DETAIL_SCROLL);
        SplitPane split = new SplitPane(list, detailScroll);
        split.setDividerPositions(0.4);
        setTop(filterBar(filters));
        setCenter(split);
    }

    /** Shows the proposal selected (null: none) beside the list. */
    abstract void show(T selected);

    abstract void accept(T proposal);

    abstract void reject(T proposal);

    /** The sentence Enter opens. */
    abstract Evidence firstSentence(T proposal);

    private HBox filterBar(Filters f) {
        ComboBox<String> choice = new ComboBox<>();
        choice.setId(f.choiceId());
        choice.getItems().add("");
        choice.getItems().addAll(f.choices().get());
        choice.setOnShowing(e -> {
            String chosen = choice.getValue();
            choice.getItems().setAll("");
            choice.getItems().addAll(f.choices().get());
            choice.setValue(chosen);
        });
        choice.setButtonCell(labelled(f.choiceLabel()));
        choice.setCellFactory(v -> labelled(f.choiceLabel()));
        choice.valueProperty().bindBidirectional(f.choice());
        TextField text = new TextField();
        text.setId(f.textId());
        text.setPromptText(f.prompt());
        text.textProperty().bindBidirectional(f.text());
        HBox.setHgrow(text, Priority.SOMETIMES);
        Button all = new Button();
        all.setId(f.acceptAllId());
        all.textProperty().bind(Bindings.createStringBinding(() -> "Accept all shown (" + list.getItems().size()
                + ")", list.getItems()));
        all.disableProperty().bind(Bindings.isEmpty(list.getItems()));
        all.setOnAction(e -> f.acceptAll().run());
        all.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, choice, text, gap, all);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 8, 0));
        return bar;
    }

    private static ListCell<String> labelled(Function<String, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        };
    }

    private void key(KeyEvent e) {
        T selected = selected();
        if (e.getCode() == KeyCode.A && !e.isShortcutDown()) {
            act(true);
        } else if (e.getCode() == KeyCode.R && !e.isShortcutDown()) {
            act(false);
        } else if (e.getCode() == KeyCode.ENTER && selected != null && firstSentence(selected) != null) {
            Evidence first = firstSentence(selected);
            go.accept(new Place.ArticlePage(first.article(), first));
        } else {
            return;
        }
        e.consume();
    }

    /** Accepts or rejects the selected proposal, then selects the one that takes its place. */
    final void act(boolean yes) {
        T selected = selected();
        if (selected == null) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        if (yes) {
            accept(selected);
        } else {
            reject(selected);
        }
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(Math.min(at, list.getItems().size() - 1));
        }
        list.requestFocus();
    }

    final T selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** Puts the keyboard in the list, on its first proposal when none is selected. */
    final void focusList() {
        if (selected() == null && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        list.requestFocus();
    }

    /** Opens the article at a sentence. */
    final void open(Evidence sentence) {
        go.accept(new Place.ArticlePage(sentence.article(), sentence));
    }
}
