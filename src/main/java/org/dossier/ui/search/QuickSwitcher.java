package org.dossier.ui.search;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.search.SwitchItem;
import org.dossier.ui.state.Navigation;
import org.dossier.ui.state.Place;
import org.dossier.ui.state.SearchService;
import org.dossier.ui.style.Css;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;

/**
 * Ctrl+K: a box in the middle of the window that finds any entity or article by a few letters of its name,
 * alias or title, forgiving typos and word order. With nothing typed it offers what was opened recently.
 * Arrow keys choose, Enter opens, Escape closes.
 */
public final class QuickSwitcher {

    private static final int LIMIT = 12;

    private final SearchService search;
    private final Navigation navigation;
    private final Supplier<KnowledgeBase> shown;
    private final Popup popup = new Popup();
    private final TextField field = new TextField();
    private final ListView<SwitchItem> list = new ListView<>();
    private long asked;

    /** @param shown the knowledge base shown, whose recent entities and articles are offered first */
    public QuickSwitcher(SearchService search, Navigation navigation, Supplier<KnowledgeBase> shown) {
        this.search = search;
        this.navigation = navigation;
        this.shown = shown;
        field.setId("quickSwitchField");
        field.setPromptText("Go to an entity or article…");
        field.setPrefColumnCount(36);
        field.textProperty().addListener((o, was, text) -> suggest(text));
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        list.setId("quickSwitchList");
        list.setPrefHeight(360);
        list.setPrefWidth(520);
        list.setCellFactory(v -> new ItemCell());
        list.setOnMouseClicked(e -> open(list.getSelectionModel().getSelectedItem()));
        list.setPlaceholder(new Label("Nothing matches."));
        Label hint = new Label("↑↓ to choose · Enter to open · Esc to close");
        hint.getStyleClass().add(Css.MUTED);
        VBox box = new VBox(6, field, list, hint);
        box.setPadding(new Insets(10));
        box.getStyleClass().add(Css.QUICK_SWITCHER);
        box.setId("quickSwitcher");
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    /** Opens the switcher over {@code owner}, empty, with the recent items listed. */
    public void show(Window owner) {
        field.clear();
        suggest("");
        popup.show(owner, owner.getX() + (owner.getWidth() - 540) / 2, owner.getY() + 90);
        field.requestFocus();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    private void suggest(String text) {
        long ask = ++asked;
        if (text == null || text.isBlank()) {
            list.getItems().setAll(recentItems());
            list.getSelectionModel().selectFirst();
            return;
        }
        search.withIndex(index -> index.quickSwitch(text, LIMIT), items -> {
            if (ask == asked) {
                list.getItems().setAll(items);
                list.getSelectionModel().selectFirst();
            }
        });
    }

    private List<SwitchItem> recentItems() {
        KnowledgeBase kb = shown.get();
        return navigation.recent().stream().map(place -> {
            if (place instanceof Place.EntityPage p && kb.entity(p.entityId()) != null) {
                Entity e = kb.entity(p.entityId());
                return new SwitchItem(SwitchItem.Type.ENTITY, e.id(), e.name(), e.kind(), e.name(), 0);
            }
            if (place instanceof Place.ArticlePage p && kb.article(p.articleId()) != null) {
                Article a = kb.article(p.articleId());
                return new SwitchItem(SwitchItem.Type.ARTICLE, a.id(), a.title(), null, a.title(), 0);
            }
            return null;
        }).filter(java.util.Objects::nonNull).toList();
    }

    private void onKey(KeyEvent e) {
        int at = list.getSelectionModel().getSelectedIndex();
        if (e.getCode() == KeyCode.DOWN) {
            list.getSelectionModel().select(Math.min(at + 1, list.getItems().size() - 1));
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
            e.consume();
        } else if (e.getCode() == KeyCode.UP) {
            list.getSelectionModel().select(Math.max(at - 1, 0));
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            open(list.getSelectionModel().getSelectedItem());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            popup.hide();
            e.consume();
        }
    }

    private void open(SwitchItem item) {
        if (item == null) {
            return;
        }
        popup.hide();
        navigation.go(item.type() == SwitchItem.Type.ENTITY ? new Place.EntityPage(item.id())
                : new Place.ArticlePage(item.id()));
    }

    /** An entity with its kind's icon, or an article; and what matched when it is not the label. */
    private static final class ItemCell extends ListCell<SwitchItem> {
        ItemCell() {
            setPrefWidth(0); // long titles end in an ellipsis instead of scrolling the list sideways
        }

        @Override
        protected void updateItem(SwitchItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label label = new Label(item.label());
            label.getStyleClass().add(Css.SEARCH_TITLE);
            label.setMinWidth(0);
            String kind = item.type() == SwitchItem.Type.ENTITY ? Kinds.look(item.kind()).singular() : "Article";
            boolean aliasMatched = item.matched() != null && !item.matched().equals(item.label());
            Label meta = new Label(kind + (aliasMatched ? "  ·  “" + item.matched() + "”" : ""));
            meta.getStyleClass().add(Css.MUTED);
            javafx.scene.image.ImageView icon = item.type() == SwitchItem.Type.ENTITY
                    ? Icons.forKind(item.kind(), 24) : Icons.app(24);
            icon.setFitWidth(24);
            icon.setFitHeight(24);
            setGraphic(new HBox(8, icon, new VBox(1, label, meta)));
            setText(null);
        }
    }
}
