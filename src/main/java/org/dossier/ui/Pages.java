package org.dossier.ui;

import java.util.List;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.dossier.discovery.Analyses;
import org.dossier.discovery.AnalysisCache;
import org.dossier.edit.Edit;
import org.dossier.edit.ReplaceEntity;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.ui.dialog.Dialogs;
import org.dossier.ui.edit.EntityChooser;
import org.dossier.ui.edit.EntityEditor;
import org.dossier.ui.entity.EntityPageView;
import org.dossier.ui.graph.GraphExport;
import org.dossier.ui.graph.GraphModel;
import org.dossier.ui.graph.GraphSettings;
import org.dossier.ui.graph.GraphView;
import org.dossier.ui.graph.PathModel;
import org.dossier.ui.graph.PathPage;
import org.dossier.ui.graph.TimelineView;
import org.dossier.ui.reader.ArticleView;
import org.dossier.ui.start.StartPage;
import org.dossier.ui.state.AppState;
import org.dossier.ui.state.Navigation;
import org.dossier.ui.state.Place;
import org.dossier.ui.suggestions.SuggestionsPage;
import org.dossier.ui.suggestions.SuggestionsViewModel;
import org.dossier.ui.style.Css;

/**
 * Builds the centre's pages, handing each view only the parts of the state it needs. The one place where the
 * feature views meet: they never know each other.
 */
final class Pages {

    private final AppState state;
    private final Navigation navigation;
    private final Dialogs dialogs;
    private final GraphSettings graphSettings;
    private final Runnable openStore;
    private final Supplier<Window> owner;
    private SuggestionsViewModel suggestions;
    private java.nio.file.Path suggestionsStore;

    /**
     * @param owner     the window the editing dialogs belong to
     * @param settings  where the graph remembers its depth and what it hides
     * @param openStore asks the user for another store folder
     */
    Pages(AppState state, Dialogs dialogs, Supplier<Window> owner, Supplier<Preferences> settings,
          Runnable openStore) {
        this.state = state;
        this.owner = owner;
        this.navigation = state.navigation();
        this.dialogs = dialogs;
        this.graphSettings = new GraphSettings(settings);
        this.openStore = openStore;
    }

    Node page(PageRoute route, KnowledgeBase kb) {
        Place place = route.place();
        return switch (route.kind()) {
            case LOADING -> StartPage.loading(state.session());
            case OVERVIEW -> StartPage.of(state.session(), navigation::go, openStore);
            case ARTICLE -> article(kb, (Place.ArticlePage) place, route);
            case ENTITY -> entity(kb, kb.entity(((Place.EntityPage) place).entityId()), route);
            case GRAPH -> graph(new GraphModel(kb, ((Place.Graph) place).entityId(), null, graphSettings));
            case ARTICLE_GRAPH -> graph(new GraphModel(kb, null, ((Place.ArticleGraph) place).articleId(),
                    graphSettings));
            case PATH -> new PathPage(new PathModel(kb, ((Place.PathPage) place).fromId(),
                    ((Place.PathPage) place).toId(), state.background()), navigation::go);
            case TIMELINE -> new TimelineView(kb, ((Place.TimelinePage) place).entityId(), navigation::go);
            case SUGGESTIONS -> new SuggestionsPage(suggestions(), navigation::go,
                    question -> EntityChooser.choose(window(), state.session().knowledgeBase(), question, ""));
            case MISSING -> missing((List<?>) route.content());
            case OPENING_ARTICLE -> throw new IllegalArgumentException("the centre opens an article's file itself");
        };
    }

    /**
     * The review queue, kept between visits to the page (what was found shows at once) and made anew for another
     * store: its analyses are kept in the user's cache, and in memory for a few thousand articles.
     */
    private SuggestionsViewModel suggestions() {
        java.nio.file.Path store = state.session().storeDirProperty().get();
        if (suggestions == null || !java.util.Objects.equals(store, suggestionsStore)) {
            SuggestionsViewModel.Editor editor = new SuggestionsViewModel.Editor() {
                @Override
                public void perform(Edit edit) {
                    state.edits().perform(edit);
                }

                @Override
                public void reportError(String message) {
                    state.edits().reportError(message);
                }
            };
            suggestions = new SuggestionsViewModel(state.session().knowledgeBaseProperty(), state.background(),
                    editor, Analyses.english(new AnalysisCache(state.cacheRoot())));
            suggestionsStore = store;
        }
        return suggestions;
    }

    private Node article(KnowledgeBase kb, Place.ArticlePage place, PageRoute route) {
        Article article = kb.article(place.articleId());
        boolean editable = ((PageRoute.ArticleContent) route.content()).editable();
        CurationActions curator = editable ? new CurationActions(state.edits(), state.session()::knowledgeBase,
                state.background(), article.id(), this::window) : null;
        ArticleView view = new ArticleView(article, place.highlight(), kb,
                e -> navigation.go(new Place.EntityPage(e.id())), curator, state.hits().hitsProperty());
        view.setOnShowGraph(() -> navigation.go(new Place.ArticleGraph(article.id())));
        return view;
    }

    private Node entity(KnowledgeBase kb, Entity entity, PageRoute route) {
        boolean editable = ((PageRoute.EntityContent) route.content()).editable();
        Runnable edit = editable ? () -> EntityEditor.edit(window(), entity, kb)
                .ifPresent(after -> state.edits().perform(new ReplaceEntity(entity, after))) : null;
        return new EntityPageView(entity, kb, navigation::go, edit, () -> {
            if (!navigation.articleFilter().contains(entity.id())) {
                navigation.articleFilter().add(entity.id());
            }
        }, state.background().reading());
    }

    private Node graph(GraphModel model) {
        return new GraphView(model, navigation::go, state.background(), new GraphExport(state.background(), dialogs));
    }

    private Window window() {
        return owner.get();
    }

    private static Node missing(List<?> whatAndId) {
        Label label = new Label("The " + whatAndId.get(0) + " '" + whatAndId.get(1) + "' is not in this store any more.");
        label.getStyleClass().add(Css.MUTED);
        return label;
    }
}
