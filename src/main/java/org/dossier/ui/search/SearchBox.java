package org.dossier.ui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.dossier.search.ArticleHit;
import org.dossier.search.EntityHit;
import org.dossier.search.SearchResults;
import org.dossier.ui.state.Navigation;
import org.dossier.ui.state.Place;
import org.dossier.ui.state.SearchHits;
import org.dossier.ui.state.SearchService;
import org.dossier.ui.style.Css;

/**
 * The toolbar's search field: results appear below it as you type (entities first, then articles with a
 * snippet), searched on the search thread a moment after the last key. Down, Up and Enter open a result; with an
 * article open and no result picked, Enter and Shift+Enter move through the matches in it (as F3 does); with no
 * article open, Enter opens the first result. Escape closes the results, then clears the search.
 */
public final class SearchBox extends HBox {

    private static final Duration DEBOUNCE = Duration.millis(180);
    private static final int LIMIT = 8;
    private static final double MAX_HEIGHT = 520;

    private final SearchService search;
    private final Navigation navigation;
    private final SearchHits hits;
    private final TextField field = new TextField();
    private final ListView<SearchRow> list = new ListView<>();
    private final Label notice = new Label();
    private final VBox content;
    /** Made when results are first shown: a popup is a window with a scene, which start-up need not pay for. */
    private Popup popup;
    private final PauseTransition wait = new PauseTransition(DEBOUNCE);
    private long asked;

    /** @param hits the hits in the open article, which Enter steps through and Escape clears */
    public SearchBox(SearchService search, Navigation navigation, SearchHits hits) {
        this.search = search;
        this.navigation = navigation;
        this.hits = hits;
        setId("searchBox");
        field.setId("searchField");
        field.setPromptText("Search (Ctrl+F)");
        field.setPrefColumnCount(24);
        hits.typedProperty().bind(field.textProperty());
        field.textProperty().addListener((o, was, text) -> {
            wait.setOnFinished(e -> search(text));
            wait.playFromStart();
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !list.isFocused()) {
                hide();
            }
        });
        list.setId("searchResults");
        list.setCellFactory(v -> new SearchRowCell());
        list.setPrefWidth(560);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onListKey);
        list.setOnMouseClicked(e -> open(list.getSelectionModel().getSelectedItem()));
        notice.setId("searchNotice");
        notice.getStyleClass().add(Css.SEARCH_NOTICE);
        notice.setWrapText(true);
        notice.setMaxWidth(540);
        content = new VBox(4, notice, list);
        content.setPadding(new Insets(6));
        content.getStyleClass().add(Css.SEARCH_POPUP);
        getChildren().add(field);
    }

    private Popup popup() {
        if (popup == null) {
            popup = new Popup();
            popup.getContent().add(content);
            popup.setAutoHide(true);
            popup.setAnchorLocation(javafx.stage.PopupWindow.AnchorLocation.CONTENT_TOP_RIGHT);
        }
        return popup;
    }

    private boolean showing() {
        return popup != null && popup.isShowing();
    }

    private void hide() {
        if (popup != null) {
            popup.hide();
        }
    }

    /** Puts the cursor in the field with its text selected (Ctrl+F). */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private void search(String text) {
        list.getSelectionModel().clearSelection();
        long ask = ++asked;
        if (text == null || text.isBlank()) {
            hide();
            return;
        }
        search.withIndex(index -> index.search(text, LIMIT), results -> {
            if (ask == asked) {
                show(results);
            }
        });
    }

    private void show(SearchResults results) {
        List<SearchRow> rows = new ArrayList<>();
        if (!results.entities().isEmpty()) {
            rows.add(new SearchRow.Heading("Entities"));
            for (EntityHit hit : results.entities()) {
                rows.add(new SearchRow.EntityRow(hit));
            }
        }
        if (!results.articles().isEmpty()) {
            rows.add(new SearchRow.Heading("Articles"));
            for (ArticleHit hit : results.articles()) {
                rows.add(new SearchRow.ArticleRow(hit));
            }
        }
        list.getItems().setAll(rows);
        String message = results.notice() != null ? results.notice()
                : results.isEmpty() ? "Nothing matches “" + results.query() + "”." : null;
        notice.setText(message == null ? "" : message);
        notice.setVisible(message != null);
        notice.setManaged(message != null);
        list.setVisible(!rows.isEmpty());
        list.setManaged(!rows.isEmpty());
        // Headings are short, results about two or three lines: enough room without a tail of empty rows.
        double height = rows.stream().mapToDouble(r -> r instanceof SearchRow.Heading ? 26
                : r instanceof SearchRow.EntityRow ? 46 : 92).sum();
        list.setPrefHeight(Math.min(MAX_HEIGHT, height + 4));
        if (getScene() != null && field.isFocused() && !showing()) {
            // Right-aligned under the field, which sits at the right of the tool bar: the list stays in the window.
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            popup().show(field, b.getMaxX(), b.getMaxY() + 2);
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN && showing() && !list.getItems().isEmpty()) {
            list.requestFocus();
            selectNext(0, 1);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            enter(e.isShiftDown());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            if (showing()) {
                hide();
            } else {
                field.clear();
                hits.clear();
            }
            e.consume();
        }
    }

    private void onListKey(KeyEvent e) {
        int at = list.getSelectionModel().getSelectedIndex();
        if (e.getCode() == KeyCode.DOWN) {
            selectNext(at + 1, 1);
            e.consume();
        } else if (e.getCode() == KeyCode.UP) {
            if (!selectNext(at - 1, -1)) {
                field.requestFocus();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            enter(e.isShiftDown());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            hide();
            field.requestFocus();
            e.consume();
        }
    }

    /**
     * Enter: opens the result picked with the arrow keys; with none picked, steps through the matches in the open
     * article (Shift: back), or, with no article open, opens the first result.
     */
    private void enter(boolean back) {
        SearchRow selected = list.getSelectionModel().getSelectedItem();
        if (showing() && !list.getItems().isEmpty() && (selected != null || !hits.articleOpen())) {
            open(selected != null ? selected : firstResult());
            return;
        }
        hide(); // the matches are marked in the text the results would cover
        if (back) {
            hits.previous();
        } else {
            hits.next();
        }
    }

    /** Selects the first result at or after {@code from} in {@code step}'s direction, skipping headings. */
    private boolean selectNext(int from, int step) {
        for (int i = from; i >= 0 && i < list.getItems().size(); i += step) {
            if (!(list.getItems().get(i) instanceof SearchRow.Heading)) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
                return true;
            }
        }
        return false;
    }

    private SearchRow firstResult() {
        return list.getItems().stream().filter(r -> !(r instanceof SearchRow.Heading)).findFirst().orElse(null);
    }

    private void open(SearchRow row) {
        if (row instanceof SearchRow.EntityRow e) {
            navigation.go(new Place.EntityPage(e.hit().id()));
        } else if (row instanceof SearchRow.ArticleRow a) {
            navigation.go(new Place.ArticlePage(a.hit().id(), null, field.getText().strip()));
        } else {
            return;
        }
        hide();
    }
}
