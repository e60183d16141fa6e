package org.dossier.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.dossier.edit.Edit;
import org.dossier.edit.ReplaceArticles;
import org.dossier.edit.ReplaceEntity;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.ui.edit.CurationActions;
import org.dossier.ui.edit.EntityEditor;
import org.dossier.ui.entity.EntityPageView;
import org.dossier.ui.graph.GraphView;
import org.dossier.ui.graph.PathPage;
import org.dossier.ui.graph.TimelineView;
import org.dossier.ui.nav.Place;
import org.dossier.ui.reader.ArticleView;
import org.dossier.ui.start.StartPage;
import org.dossier.ui.suggestions.SuggestionsPage;

/** The centre of the window: shows the page for the current place, like a browser tab. */
final class CenterPane extends StackPane {

    private final AppState state;
    private final Runnable openStore;
    private Place shownPlace;

    CenterPane(AppState state, Runnable openStore) {
        this.state = state;
        this.openStore = openStore;
        setId("centerPane");
        getStyleClass().add("center-pane");
        state.onViewChange(this::refresh);
        refresh();
    }

    private void refresh() {
        if (samePageWhileLoading()) {
            return; // more of a large store came in: the page being read stays as it is, scrolled where it is
        }
        Node page = page(state.history().current());
        shownPlace = state.history().current();
        getChildren().setAll(page);
        if (page instanceof ArticleView view && state.history().current() instanceof Place.ArticlePage a
                && a.query() != null) {
            state.withIndex(index -> index.hitsIn(a.articleId(), a.query()), spans -> {
                if (getChildren().contains(view)) {
                    view.showHits(spans, a.query());
                }
            });
        }
    }

    /** Whether the centre shows an article that a newly arrived part of the store leaves as it was. */
    private boolean samePageWhileLoading() {
        ArticleView shown = article();
        if (!state.loadingProperty().get() || shown == null
                || !(state.history().current() instanceof Place.ArticlePage a) || !a.equals(shownPlace)) {
            return false;
        }
        Article now = state.knowledgeBase().article(a.articleId());
        return now != null && now.mentions().equals(shown.article().mentions())
                && now.body().textHash() == shown.article().body().textHash();
    }

    /** The article on show, or null when the centre shows another page. */
    ArticleView article() {
        return getChildren().isEmpty() || !(getChildren().get(0) instanceof ArticleView view) ? null : view;
    }

    private Node page(Place place) {
        KnowledgeBase kb = state.knowledgeBase();
        boolean loading = state.loadingProperty().get() || !state.loadedProperty().get();
        if (loading && (kb == null || kb.articles().isEmpty() || place instanceof Place.Start)) {
            return StartPage.loading(state); // a large store's articles can be read while the rest loads
        }
        if (place instanceof Place.ArticlePage a) {
            Article article = kb.article(a.articleId());
            if (article == null) {
                return missing("article", a.articleId());
            }
            if (!article.body().isLoaded()) {
                return loadingBody(article, a);
            }
            ArticleView view = new ArticleView(article, a.highlight(), kb, e -> state.go(new Place.EntityPage(e.id())),
                    curatorFor(article));
            view.setOnShowGraph(() -> state.go(new Place.ArticleGraph(article.id())));
            return view;
        }
        if (place instanceof Place.EntityPage e) {
            Entity entity = kb.entity(e.entityId());
            return entity == null ? missing("entity", e.entityId())
                    : new EntityPageView(entity, kb, state::go, editorFor(entity, kb), () -> {
                        if (!state.articleFilter().contains(entity.id())) {
                            state.articleFilter().add(entity.id());
                        }
                    }, state.textReading());
        }
        if (place instanceof Place.Graph g) {
            return kb.entity(g.entityId()) == null ? missing("entity", g.entityId()) : new GraphView(state, g.entityId());
        }
        if (place instanceof Place.ArticleGraph g) {
            return kb.article(g.articleId()) == null ? missing("article", g.articleId())
                    : new GraphView(state, null, g.articleId());
        }
        if (place instanceof Place.PathPage p) {
            return kb.entity(p.fromId()) == null || kb.entity(p.toId()) == null ? missing("entity", p.fromId())
                    : new PathPage(state, p.fromId(), p.toId());
        }
        if (place instanceof Place.TimelinePage t) {
            return t.entityId() != null && kb.entity(t.entityId()) == null ? missing("entity", t.entityId())
                    : new TimelineView(state, t.entityId());
        }
        if (place instanceof Place.Suggestions) {
            return new SuggestionsPage(state);
        }
        return StartPage.of(state, openStore);
    }

    /** Link and unlink from the article's context menus; null when the store cannot take such edits. */
    private CurationActions curatorFor(Article article) {
        Edit probe = new ReplaceArticles("probe", java.util.List.of(article), java.util.List.of(article));
        return state.whyNotEditable(probe) != null ? null
                : new CurationActions(state, article.id(), () -> getScene().getWindow());
    }

    /** Opens the editor and performs the edit; null when the store cannot take the edit. */
    private Runnable editorFor(Entity entity, KnowledgeBase kb) {
        if (state.whyNotEditable(new ReplaceEntity(entity, entity)) != null) {
            return null;
        }
        return () -> EntityEditor.edit(getScene().getWindow(), entity, kb)
                .ifPresent(after -> state.perform(new ReplaceEntity(entity, after)));
    }

    /** A large store's article is read from its file first, off the FX thread; then the page is built. */
    private Node loadingBody(Article article, Place.ArticlePage place) {
        state.readInBackground(article::paragraphs, paragraphs -> {
            if (state.history().current().equals(place) && state.knowledgeBase().article(article.id()) == article) {
                refresh();
            }
        }, why -> {
            if (state.history().current().equals(place)) {
                getChildren().setAll(notice("“" + article.title() + "” cannot be shown: " + why));
            }
        });
        return notice("Opening “" + article.title() + "”…");
    }

    private static Node notice(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("muted");
        label.setPadding(new javafx.geometry.Insets(24, 36, 24, 36));
        return label;
    }

    private static Node missing(String what, String id) {
        Label label = new Label("The " + what + " '" + id + "' is not in this store any more.");
        label.getStyleClass().add("muted");
        return label;
    }
}
