package org.dossier.ui.suggestions;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Css;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;
import org.dossier.ui.style.Words;

/**
 * The Entities tab of the review queue: the proposed names, best first, filtered by kind and text, and the one
 * selected beside them ({@link EntityDetail}).
 */
final class EntityReview extends ReviewList<EntityDraft> {

    private final SuggestionsViewModel model;
    private final EntityDetail detail;

    EntityReview(SuggestionsViewModel model, Consumer<Place> go, Function<String, Optional<Entity>> pickEntity) {
        super("entitySuggestions", model.shownEntities(), model.passesProperty(), EntityDraft::key, go,
                "No names to review.");
        this.model = model;
        detail = new EntityDetail(model, this::open, pickEntity, () -> act(true), () -> act(false));
        // A draft changed in place (a variant split off, another merged in) is shown again.
        model.shownEntities().addListener((ListChangeListener<EntityDraft>) c -> {
            while (c.next()) {
                if (c.wasUpdated() && c.getList().subList(c.getFrom(), c.getTo()).contains(selected())) {
                    detail.show(selected());
                }
            }
        });
        layOut(new Filters("suggestionKindFilter", model.kindFilterProperty(), model::kinds,
                k -> k.isEmpty() ? "Every kind" : Kinds.look(k).plural(), "suggestionFilter", "Filter names",
                model.textFilterProperty(), "acceptAllEntities", model::acceptShownEntities), detail, v -> new Row());
    }

    @Override
    void show(EntityDraft selected) {
        if (detail != null) {
            detail.show(selected);
        }
    }

    @Override
    void accept(EntityDraft d) {
        model.accept(d);
    }

    @Override
    void reject(EntityDraft d) {
        model.reject(d);
    }

    @Override
    Evidence firstSentence(EntityDraft d) {
        return d.examples().isEmpty() ? null : d.examples().get(0);
    }

    /** A name: its icon and kind, how often it is seen, and how sure discovery is. */
    private static final class Row extends ListCell<EntityDraft> {
        @Override
        protected void updateItem(EntityDraft d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                setUserData(null);
                return;
            }
            Label name = new Label(d.nameProperty().get());
            name.getStyleClass().add(Css.SEARCH_TITLE);
            Label facts = new Label(Kinds.look(d.kindProperty().get()).singular() + "  ·  " + d.mentions() + "×, "
                    + d.articles() + " art.  ·  " + Math.round(d.confidence() * 100) + "%"
                    + (d.origin().isEmpty() ? "" : "  ·  " + d.origin()));
            facts.getStyleClass().add(Css.MUTED);
            // A narrow list wraps the name and the facts rather than cutting them.
            Words.keepWhole(name);
            Words.keepWhole(facts);
            VBox words = new VBox(1, name, facts);
            words.setMinWidth(0);
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox row = new HBox(8, Icons.forKind(d.kindProperty().get(), 16), words);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setUserData(d.nameProperty().get());
        }
    }
}
