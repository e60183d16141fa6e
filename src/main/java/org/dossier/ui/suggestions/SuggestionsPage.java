package org.dossier.ui.suggestions;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dossier.model.Entity;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Css;

/**
 * The Suggestions page: a review queue of the names (Entities) and relations (Relations) discovery proposes, each
 * accepted or rejected by the reader, never by itself. The queue is a {@link SuggestionsViewModel}, kept by the
 * window between visits, so the page shows at once what was found before and follows the store as it changes.
 */
public final class SuggestionsPage extends BorderPane {

    private final SuggestionsViewModel model;
    private final EntityReview entities;
    private boolean focusPending;

    /**
     * @param go         opens a place (an article at an example sentence)
     * @param pickEntity asks the reader for an entity of the store, given the question, or empty
     */
    public SuggestionsPage(SuggestionsViewModel model, Consumer<Place> go,
                           Function<String, Optional<Entity>> pickEntity) {
        this.model = model;
        setId("suggestionsPage");
        getStyleClass().add(Css.PAGE);
        setPadding(new Insets(18, 24, 18, 24));
        EntityReview entities = new EntityReview(model, go, pickEntity);
        RelationReview relations = new RelationReview(model, go);
        Tab names = new Tab();
        names.setId("entitiesTab");
        names.textProperty().bind(Bindings.createStringBinding(() -> "Entities (" + model.shownEntities().size()
                + ")", model.shownEntities()));
        names.setContent(entities);
        Tab related = new Tab();
        related.setId("relationsTab");
        related.textProperty().bind(Bindings.createStringBinding(() -> "Relations (" + model.shownRelations().size()
                + ")", model.shownRelations()));
        related.setContent(relations);
        TabPane tabs = new TabPane(names, related);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == names) {
                entities.focusList();
            } else {
                relations.focusList();
            }
        });
        setTop(header());
        setCenter(tabs);
        this.entities = entities;
        sceneProperty().addListener((o, was, now) -> {
            model.setActive(now != null);
            focusPending = now != null;
        });
    }

    /** The keyboard goes to the queue once the page is laid out in its window (asking before that is ignored). */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (focusPending && getScene() != null && getScene().getWindow() != null
                && getScene().getWindow().isShowing()) {
            focusPending = false;
            entities.focusList();
        }
    }

    private VBox header() {
        Label title = new Label("Suggestions");
        title.getStyleClass().add(Css.PAGE_TITLE);
        Label status = new Label();
        status.setId("suggestionsStatus");
        status.getStyleClass().add(Css.MUTED);
        status.textProperty().bind(model.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("suggestionsProgress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.progressProperty().get() < 1,
                model.progressProperty()));
        progress.managedProperty().bind(progress.visibleProperty());
        Label keys = new Label("Nothing is created until you accept it.  ↑↓ choose  ·  A accept  ·  R reject  ·  "
                + "Enter read it in its article  ·  Ctrl+Z undo");
        keys.getStyleClass().addAll(Css.MUTED, Css.KEY_HINT);
        keys.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(12, title, status, progress, gap);
        line.setAlignment(Pos.BASELINE_LEFT);
        VBox header = new VBox(4, line, keys);
        header.setPadding(new Insets(0, 0, 8, 0));
        return header;
    }
}
