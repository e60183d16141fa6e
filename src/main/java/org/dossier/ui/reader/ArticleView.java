package org.dossier.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.Plural;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;

/**
 * The reading pane: an article's title, its source and date, and its text with every mention a link
 * coloured and marked with its kind's icon. A link opens its entity; resting on it shows a preview.
 * When opened from evidence, the cited sentence is highlighted and scrolled into view.
 */
public final class ArticleView extends ScrollPane {

    private final KnowledgeBase kb;
    private final Consumer<Entity> openEntity;
    private final MentionPreview preview = new MentionPreview();
    private final List<ParagraphView> paragraphs = new ArrayList<>();

    public ArticleView(Article article, Evidence highlight, KnowledgeBase kb, Consumer<Entity> openEntity) {
        this.kb = kb;
        this.openEntity = openEntity;
        setId("articleView");
        getStyleClass().add("page-scroll");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label title = new Label(article.title());
        title.setId("articleTitle");
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        Label meta = new Label(meta(article));
        meta.setId("articleMeta");
        meta.getStyleClass().add("muted");
        VBox page = new VBox(14, title, meta);
        page.getStyleClass().add("page");
        page.setPadding(new Insets(24, 36, 36, 36));
        page.setMaxWidth(820);

        List<List<Mention>> byParagraph = new ArrayList<>();
        article.paragraphs().forEach(p -> byParagraph.add(new ArrayList<>()));
        article.mentions().forEach(m -> byParagraph.get(m.paragraph()).add(m));
        for (int i = 0; i < article.paragraphs().size(); i++) {
            int[] range = highlight != null && highlight.paragraph() == i
                    ? new int[] {highlight.start(), highlight.end()} : null;
            ParagraphView p = new ParagraphView(article.paragraphs().get(i), byParagraph.get(i), this::link, range);
            paragraphs.add(p);
            page.getChildren().add(p);
        }
        VBox centred = new VBox(page);
        centred.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        setContent(centred);
        sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                preview.hideNow(); // the page was left (Back, a keyboard shortcut) while its card was open
            }
        });
        if (highlight != null && highlight.paragraph() < paragraphs.size()) {
            scrollToWhenLaidOut(paragraphs.get(highlight.paragraph()));
        }
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
        link.getStyleClass().addAll("mention", look.styleClass());
        link.setGraphic(Icons.forKind(entity.kind(), 12));
        link.setUserData(entity.id());
        link.setOnAction(e -> {
            preview.hideNow();
            openEntity.accept(entity);
        });
        link.setFocusTraversable(true);
        link.setAccessibleText(mention.text() + ", " + look.singular().toLowerCase() + " " + entity.name());
        link.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> preview.pointerEntered(link, entity, kb));
        link.addEventHandler(MouseEvent.MOUSE_EXITED, e -> preview.pointerLeft());
        return link;
    }

    /** Scrolls so that the highlighted sentence sits in the upper third, once the page knows its size. */
    private void scrollToWhenLaidOut(ParagraphView target) {
        Runnable scroll = () -> {
            Node content = getContent();
            Bounds inContent = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
            double contentHeight = content.getBoundsInLocal().getHeight();
            double viewport = getViewportBounds().getHeight();
            if (contentHeight <= viewport || inContent == null) {
                return;
            }
            double y = inContent.getMinY() + target.highlightTop() - viewport / 3;
            setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
        };
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> {
                    layout();
                    scroll.run();
                });
            }
        });
    }

    /** Every link node in the text, in reading order (for keyboard tests and the sidebar). */
    public List<Hyperlink> links() {
        List<Hyperlink> out = new ArrayList<>();
        for (ParagraphView p : paragraphs) {
            p.flow().getChildren().stream().filter(Hyperlink.class::isInstance).map(Hyperlink.class::cast).forEach(out::add);
        }
        return out;
    }
}
