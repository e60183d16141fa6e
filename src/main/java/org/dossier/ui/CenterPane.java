package org.dossier.ui;

import javafx.geometry.Insets;
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

    private void refresh() {
        Shown shown = state.shown();
        PageRoute route = PageRoute.of(shown, state.session()::whyNotWritable);
        if (route.equals(shownRoute)) {
            return;
        }
        shownRoute = route;
        getChildren().setAll(route.kind() == PageRoute.Kind.OPENING_ARTICLE
                ? opening(shown.knowledgeBase().article(((Place.ArticlePage) route.place()).articleId()), route)
                : pages.page(route, shown.knowledgeBase()));
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
