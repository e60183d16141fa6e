package org.dossier.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.Plural;
import org.dossier.search.HitSpan;
import org.dossier.ui.state.SearchHits;
import org.dossier.ui.style.Css;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;
import org.dossier.ui.style.TitleRow;
import org.dossier.ui.style.Words;

/**
 * The reading pane: an article's title, its source and date, and its text with every mention a link
 * coloured and marked with its kind's icon. A link opens its entity; resting on it shows a preview.
 * When opened from evidence, the cited sentence is highlighted and scrolled into view.
 */
public final class ArticleView extends BorderPane {

    private final KnowledgeBase kb;
    private final Article article;
    /** The link menus; null where the store cannot be edited. */
    private final CurationMenus menus;
    private final Consumer<Entity> openEntity;
    private final MentionPreview preview = new MentionPreview();
    private final List<ParagraphView> paragraphs = new ArrayList<>();
    private final List<HitSpan> hits = new ArrayList<>();
    private final Label hitBar = new Label();
    private final javafx.scene.control.Button graphButton = new javafx.scene.control.Button("Graph");
    private final ScrollPane scroll = new ScrollPane();
    private int currentHit = -1;
    /** The search whose hits are marked, or null. */
    private String query;

    /**
     * @param curator    answers the context menus that link and unlink; null where the store cannot be edited
     * @param searchHits the hits of a search to mark while the pane is on screen, or null for none
     */
    public ArticleView(Article article, Evidence highlight, KnowledgeBase kb, Consumer<Entity> openEntity,
                       Curator curator, ObservableValue<SearchHits.Hits> searchHits) {
        this.kb = kb;
        this.article = article;
        this.openEntity = openEntity;
        this.menus = curator == null ? null : new CurationMenus(curator);
        setId("articleView");
        scroll.getStyleClass().add(Css.PAGE_SCROLL);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        Label title = new Label(article.title());
        title.setId("articleTitle");
        title.getStyleClass().addAll(Css.PAGE_TITLE, Css.PAGE_FOCUS);
        title.setFocusTraversable(true);
        Words.keepWhole(title);
        Label meta = new Label(meta(article));
        meta.setId("articleMeta");
        meta.getStyleClass().add(Css.MUTED);
        hitBar.setId("hitBar");
        hitBar.getStyleClass().add(Css.HIT_BAR);
        hitBar.setVisible(false);
        hitBar.setManaged(false);
        graphButton.setId("articleGraphButton");
        graphButton.setTooltip(new javafx.scene.control.Tooltip("The entities this article mentions and how they connect"));
        graphButton.setVisible(false);
        // Out of the Tab order, so that one Tab from the title reaches the text's first link; Go › Graph (Ctrl+G).
        graphButton.setFocusTraversable(false);
        graphButton.setManaged(false);
        meta.setWrapText(true);
        graphButton.setMinWidth(Region.USE_PREF_SIZE);
        // The Graph button keeps its word: under the line of facts when they need the width.
        TitleRow metaRow = new TitleRow(meta, graphButton, 12, 260);
        VBox page = new VBox(14, title, metaRow);
        page.getStyleClass().add(Css.PAGE);
        page.setPadding(new Insets(24, 36, 36, 36));
        page.setMaxWidth(820);

        List<List<Mention>> byParagraph = new ArrayList<>();
        article.paragraphs().forEach(p -> byParagraph.add(new ArrayList<>()));
        article.mentions().forEach(m -> byParagraph.get(m.paragraph()).add(m));
        for (int i = 0; i < article.paragraphs().size(); i++) {
            int[] range = highlight != null && highlight.paragraph() == i
                    ? new int[] {highlight.start(), highlight.end()} : null;
            ParagraphView p = new ParagraphView(article.paragraphs().get(i), byParagraph.get(i), this::link, range);
            int index = i;
            if (menus != null) {
                menus.onParagraph(p, index);
            }
            paragraphs.add(p);
            page.getChildren().add(p);
        }
        VBox centred = new VBox(page);
        centred.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        scroll.setContent(centred);
        // The hit bar stays above the text, so "Match 2 of 7" is in sight wherever the match is.
        setTop(hitBar);
        setCenter(scroll);
        sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                preview.hideNow(); // the page was left (Back, a keyboard shortcut) while its card was open
            }
        });
        if (highlight != null && highlight.paragraph() < paragraphs.size()) {
            scrollToWhenLaidOut(paragraphs.get(highlight.paragraph()));
        }
        if (searchHits != null) {
            follow(searchHits);
        }
    }

    /** The article shown. */
    public Article article() {
        return article;
    }

    private static String meta(Article article) {
        StringBuilder sb = new StringBuilder();
        if (!article.source().isEmpty()) {
            sb.append(article.source()).append("  ·  ");
        }
        sb.append(article.date() == null ? "date not given" : article.date().display());
        sb.append("  ·  ").append(Plural.count(article.mentions().size(), "linked mention", "linked mentions"));
        return sb.toString();
    }

    private Node link(Mention mention) {
        Entity entity = kb.entity(mention.entity());
        Hyperlink link = new Hyperlink(mention.text());
        Kinds.Look look = Kinds.look(entity.kind());
        link.getStyleClass().addAll(Css.MENTION, look.styleClass());
        link.setGraphic(Icons.forKind(entity.kind(), 12));
        link.setUserData(entity.id());
        link.setOnAction(e -> {
            preview.hideNow();
            openEntity.accept(entity);
        });
        link.setFocusTraversable(true);
        link.setAccessibleText(mention.text() + ", " + look.singular().toLowerCase() + " " + entity.name());
        if (menus != null) {
            menus.onMention(link, mention, preview::hideNow);
        }
        link.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> preview.pointerEntered(link, entity, mention, kb));
        link.addEventHandler(MouseEvent.MOUSE_EXITED, e -> preview.pointerLeft());
        return link;
    }

    /** Scrolls so that the highlighted sentence sits in the upper third, once the page knows its size. */
    private void scrollToWhenLaidOut(ParagraphView target) {
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> {
                    layout();
                    scroll.layout();
                    scrollTo(target, target.highlightTop());
                });
            }
        });
    }

    /** Scrolls so that {@code y} within {@code target} sits in the upper third of the view. */
    private void scrollTo(ParagraphView target, double y) {
        Node content = scroll.getContent();
        if (content.getScene() == null) {
            return;
        }
        Bounds inContent = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport || inContent == null) {
            return;
        }
        double top = inContent.getMinY() + y - viewport / 3;
        scroll.setVvalue(Math.max(0, Math.min(1, top / (contentHeight - viewport))));
    }

    /**
     * Follows the hits of a search while the pane is on screen: marks every hit in this article, says which is the
     * current one and scrolls to it. Hits of another article, or none, clear the marks.
     */
    private void follow(ObservableValue<SearchHits.Hits> searchHits) {
        javafx.beans.value.ChangeListener<SearchHits.Hits> listener = (o, was, now) -> showHits(now);
        sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                searchHits.removeListener(listener); // the pane was left: nothing keeps it alive
            } else if (was == null) {
                searchHits.addListener(listener);
                showHits(searchHits.getValue());
            }
        });
    }

    private void showHits(SearchHits.Hits shown) {
        hits.clear();
        boolean here = shown != null && shown.articleId().equals(article.id());
        if (here) {
            hits.addAll(shown.spans());
        }
        currentHit = here ? shown.current() : -1;
        query = here ? shown.query() : null;
        updateHits();
    }

    private void updateHits() {
        for (int p = 0; p < paragraphs.size(); p++) {
            List<int[]> ranges = new ArrayList<>();
            int current = -1;
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).paragraph() == p) {
                    if (i == currentHit) {
                        current = ranges.size();
                    }
                    ranges.add(new int[] {hits.get(i).start(), hits.get(i).end()});
                }
            }
            paragraphs.get(p).markHits(ranges, current);
        }
        boolean any = query != null;
        hitBar.setVisible(any);
        hitBar.setManaged(any);
        if (any) {
            hitBar.setText(hits.isEmpty() ? "No match for “" + query + "” in the text."
                    : "Match " + (currentHit + 1) + " of " + hits.size() + " for “" + query
                    + "”   ·   F3 next, Shift+F3 previous, Esc clears");
        }
        if (currentHit >= 0) {
            ParagraphView target = paragraphs.get(hits.get(currentHit).paragraph());
            Platform.runLater(() -> scrollTo(target, target.currentHitTop()));
        }
    }

    /** Shows a Graph button that runs {@code action}. */
    public void setOnShowGraph(Runnable action) {
        graphButton.setOnAction(e -> action.run());
        graphButton.setVisible(true);
        graphButton.setManaged(true);
    }
}
