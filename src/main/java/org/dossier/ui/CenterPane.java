package org.dossier.ui;

import javafx.application.Platform;
import javafx.beans.value.ObservableIntegerValue;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.dossier.model.Article;
import org.dossier.ui.state.AppState;
import org.dossier.ui.state.Place;
import org.dossier.ui.state.Shown;
import org.dossier.ui.style.Css;

/**
 * The centre of the window: shows the page for the current place, like a browser tab. The page is built anew only
 * when its {@link PageRoute} changes, so a page stays as it is (and where it is scrolled) while the window changes
 * something it does not show, such as more of a large store arriving.
 */
final class CenterPane extends StackPane {

    private final AppState state;
    private final Pages pages;
    private PageRoute shownRoute;

    CenterPane(AppState state, Pages pages) {
        this.state = state;
        this.pages = pages;
        setId("centerPane");
        getStyleClass().add(Css.CENTER_PANE);
        state.shownProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    /**
     * Draws the pages' text at {@code percent} of its size: the centre's font size, in em, which the pages' own sizes
     * are relative to. The page is built again at the new size, scrolled to where it was: JavaFX does not carry a
     * changed font size into the words and links of a text flow already drawn (its links kept the old size).
     */
    void readingSize(ObservableIntegerValue percent) {
        getStyleClass().add(Css.TEXT_SIZE_PREFIX + percent.get());
        percent.addListener((o, was, now) -> {
            double scrolled = firstScroll(this).map(ScrollPane::getVvalue).orElse(0.0);
            getStyleClass().remove(Css.TEXT_SIZE_PREFIX + was);
            getStyleClass().add(Css.TEXT_SIZE_PREFIX + now);
            shownRoute = null;
            refresh();
            Platform.runLater(() -> firstScroll(this).ifPresent(scroll -> scroll.setVvalue(scrolled)));
        });
    }

    private static Optional<ScrollPane> firstScroll(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof ScrollPane scroll) {
                return Optional.of(scroll);
            }
            if (child instanceof Parent p) {
                Optional<ScrollPane> inside = firstScroll(p);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    private void refresh() {
        Shown shown = state.shown();
        PageRoute route = PageRoute.of(shown, state.session()::whyNotWritable);
        if (route.equals(shownRoute)) {
            return;
        }
        boolean moved = shownRoute == null || !route.place().equals(shownRoute.place())
                || shownRoute.kind() == PageRoute.Kind.OPENING_ARTICLE;
        shownRoute = route;
        Node page = route.kind() == PageRoute.Kind.OPENING_ARTICLE
                ? opening(shown.knowledgeBase().article(((Place.ArticlePage) route.place()).articleId()), route)
                : pages.page(route, shown.knowledgeBase());
        getChildren().setAll(page);
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        if (moved || owner == null || owner.getScene() == null) {
            focus(page);
        }
    }

    /**
     * A page the reader went to has the keyboard's focus, on its title where it has one: the next Tab reaches its
     * first link. Without this the focus fell back to the toolbar's first button whenever the link or button that
     * was pressed went away with the page it was on. A page rebuilt in place (an article read from its file, an
     * edit) takes the focus only from the page it replaces. The article list takes the focus back when its own
     * selection opened the page, so that its arrow keys go on opening one article after another.
     */
    private void focus(Node page) {
        if (getScene() == null) {
            return; // the window is still being built: the toolkit gives the first focus
        }
        page.applyCss(); // makes the skins, so that the content of a scroll pane can be looked up
        Node target = page.lookup("." + Css.PAGE_FOCUS);
        (target != null ? target : page).requestFocus();
    }

    /** A large store's article is read from its file first, off the FX thread; then the page is built. */
    private Node opening(Article article, PageRoute route) {
        state.background().read(article::paragraphs, paragraphs -> {
            if (route.equals(shownRoute)) {
                refresh();
            }
        }, why -> {
            if (route.equals(shownRoute)) {
                getChildren().setAll(notice("“" + article.title() + "” cannot be shown: " + why));
            }
        });
        return notice("Opening “" + article.title() + "”…");
    }

    private static Node notice(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Css.MUTED);
        label.setPadding(new Insets(24, 36, 24, 36));
        return label;
    }
}
