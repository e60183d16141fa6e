package org.dossier.ui.articles;

import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;
import org.dossier.ui.state.Background;
import org.dossier.ui.state.Navigation;
import org.dossier.ui.state.Place;
import org.dossier.ui.state.Shown;
import org.dossier.ui.style.Css;
import org.dossier.ui.style.Icons;

/**
 * The article list: a filter box, a sort order and one two-line entry per article (title; source and date).
 * Selecting an article opens it; opening an article elsewhere selects it here.
 */
public final class ArticleListView extends VBox {

    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    private final FilteredList<Article> filtered = new FilteredList<>(articles);
    private final SortedList<Article> sorted = new SortedList<>(filtered);
    private final ListView<Article> list = new ListView<>(sorted);
    private final TextField filter = new TextField();
    private final ChoiceBox<ArticleOrder> order = new ChoiceBox<>(FXCollections.observableArrayList(ArticleOrder.values()));
    private final Label count = new Label();
    private final Navigation navigation;
    private final Background background;
    /** True while the store is loading: the list then has only its first articles. */
    private final BooleanBinding loading;
    private final FlowPane chips = new FlowPane(6, 6);
    private boolean following;
    /** What the current predicate was made from: the filter text, the chips, and the store when there are chips. */
    private List<Object> filterKey;
    private KnowledgeBase listed;

    /**
     * @param shown      what the window shows: the articles listed are its store's, the one selected its place's
     * @param navigation where a selected article is opened, and the entities the list is narrowed to
     * @param background sorts a large store's articles off the FX thread
     */
    public ArticleListView(ReadOnlyObjectProperty<Shown> shown, Navigation navigation, Background background) {
        this.navigation = navigation;
        this.background = background;
        this.loading = Bindings.createBooleanBinding(() -> shown.get().loading(), shown);
        getStyleClass().add(Css.ARTICLE_LIST);
        setId("articleList");
        filter.setId("articleFilter");
        filter.setPromptText("Filter by title or source");
        filter.textProperty().addListener((o, was, text) -> refilter());
        navigation.articleFilter().addListener((javafx.collections.ListChangeListener<String>) c -> {
            refilter();
            showChips();
        });
        order.setId("articleOrder");
        order.setValue(ArticleOrder.NEWEST);
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> order.getValue().comparator(),
                order.valueProperty()));
        count.getStyleClass().add(Css.MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> (filtered.size() == articles.size()
                ? Plural.count(articles.size(), "article", "articles")
                : filtered.size() + " of " + articles.size())
                + (loading.get() && !articles.isEmpty() ? " so far" : ""),
                filtered, articles, loading));

        list.setId("articles");
        list.setCellFactory(v -> new ArticleCell());
        list.setPlaceholder(placeholder());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, article) -> {
            if (article != null && !following) {
                boolean browsing = list.isFocused();
                navigation.go(new Place.ArticlePage(article.id()));
                if (browsing) {
                    list.requestFocus(); // the page took the focus: a reader going down the list keeps it here
                }
            }
        });
        shown.addListener((o, was, now) -> {
            show(now.knowledgeBase());
            follow(now.place());
        });
        show(shown.get().knowledgeBase());

        Label heading = new Label("Articles");
        heading.getStyleClass().add(Css.PANE_HEADING);
        HBox header = new HBox(8, heading, count);
        header.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        Label sortLabel = new Label("Sort:");
        // Words keep their width in a narrow column; the choice box is what gives way.
        heading.setMinWidth(Region.USE_PREF_SIZE);
        sortLabel.setMinWidth(Region.USE_PREF_SIZE);
        order.setMinWidth(0);
        HBox sortRow = new HBox(6, sortLabel, order);
        sortRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        chips.setId("articleFilterChips");
        chips.managedProperty().bind(Bindings.isNotEmpty(chips.getChildren()));
        chips.visibleProperty().bind(chips.managedProperty());
        VBox top = new VBox(6, header, filter, chips, sortRow);
        top.setPadding(new Insets(10, 10, 8, 10));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(top, list);
    }

    private Label placeholder() {
        Label label = new Label();
        label.setWrapText(true);
        label.getStyleClass().add(Css.MUTED);
        label.textProperty().bind(Bindings.createStringBinding(() -> loading.get()
                ? "Loading articles…"
                : articles.isEmpty() ? "No articles in this store yet." : "No article matches “" + filter.getText() + "”.",
                loading, filter.textProperty(), articles));
        return label;
    }

    private void show(KnowledgeBase kb) {
        if (kb == listed) {
            return;
        }
        listed = kb;
        if (kb.articles().size() < SORT_IN_BACKGROUND) {
            fill(kb, kb.articles());
            return;
        }
        // Sorting tens of thousands of articles would hold up the window: they are put in order off the FX
        // thread, and the list then finds them sorted already (its merge sort checks that in one pass).
        java.util.Comparator<? super Article> order = sorted.getComparator();
        background.compute(() -> {
            List<Article> inOrder = new java.util.ArrayList<>(kb.articles());
            inOrder.sort(order);
            return inOrder;
        }, inOrder -> {
            if (listed == kb) {
                fill(kb, inOrder);
                follow(navigation.current());
            }
        });
    }

    /** Above this many articles, the list is sorted in the background. */
    private static final int SORT_IN_BACKGROUND = 5_000;

    private void fill(KnowledgeBase kb, List<Article> items) {
        articles.setAll(items);
        navigation.articleFilter().removeIf(id -> kb.entity(id) == null);
        refilter();
        showChips();
    }

    /**
     * The title/source filter and the entity chips together: an article must pass both. Unchanged filters keep
     * the predicate, so that new articles (a large store arriving in parts) are filtered and sorted once, not twice.
     */
    private void refilter() {
        List<Object> key = List.of(filter.getText() == null ? "" : filter.getText(), List.copyOf(navigation.articleFilter()),
                navigation.articleFilter().isEmpty() || listed == null ? "" : listed);
        if (key.equals(filterKey)) {
            return;
        }
        filterKey = key;
        Predicate<Article> text = matcher(filter.getText());
        Set<String> mentioning = articlesMentioningAll(navigation.articleFilter());
        filtered.setPredicate(text == null && mentioning == null ? null
                : a -> (text == null || text.test(a)) && (mentioning == null || mentioning.contains(a.id())));
    }

    /** Ids of the articles that mention every one of the entities; null when there are none to match. */
    private Set<String> articlesMentioningAll(List<String> entityIds) {
        if (entityIds.isEmpty() || listed == null) {
            return null;
        }
        Set<String> result = null;
        for (String id : entityIds) {
            Set<String> these = new HashSet<>();
            listed.mentionsOf(id).forEach(m -> these.add(m.article().id()));
            if (result == null) {
                result = these;
            } else {
                result.retainAll(these);
            }
        }
        return result;
    }

    /** One chip per entity the list is filtered by; clicking a chip removes it. */
    private void showChips() {
        chips.getChildren().clear();
        for (String id : navigation.articleFilter()) {
            Entity e = listed == null ? null : listed.entity(id);
            if (e == null) {
                continue;
            }
            Button chip = new Button(e.name() + "  ✕", Icons.forKind(e.kind(), 14));
            chip.setId("chip-" + id);
            chip.getStyleClass().add(Css.FILTER_CHIP);
            chip.setTooltip(new javafx.scene.control.Tooltip("Show articles without this filter"));
            chip.setOnAction(ev -> navigation.articleFilter().remove(id));
            chips.getChildren().add(chip);
        }
    }

    /** Selects the article the centre shows, without navigating again. */
    private void follow(Place place) {
        following = true;
        try {
            if (place instanceof Place.ArticlePage page) {
                Article a = list.getItems().stream().filter(x -> x.id().equals(page.articleId())).findFirst().orElse(null);
                if (a != null && list.getSelectionModel().getSelectedItem() != a) {
                    list.getSelectionModel().select(a);
                    list.scrollTo(a);
                }
            } else {
                list.getSelectionModel().clearSelection();
            }
        } finally {
            following = false;
        }
    }

    private static Predicate<Article> matcher(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return null;
        }
        return a -> a.title().toLowerCase(Locale.ROOT).contains(needle)
                || a.source().toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Title in bold, then "source · date" in grey; the date says so when the article gives none. */
    private static final class ArticleCell extends ListCell<Article> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final VBox box = new VBox(2, title, meta);

        ArticleCell() {
            title.getStyleClass().add(Css.ARTICLE_TITLE);
            title.setWrapText(true);
            meta.getStyleClass().add(Css.MUTED);
            meta.setWrapText(true);
            meta.setMinWidth(0);
            box.setMinWidth(0);
            title.setMinWidth(0);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Article article, boolean empty) {
            super.updateItem(article, empty);
            if (empty || article == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            title.setText(article.title());
            String date = article.date() == null ? "date not given" : article.date().display();
            meta.setText(article.source().isEmpty() ? date : article.source() + " · " + date);
            setGraphic(box);
        }
    }
}
