package org.dossier.ui.suggestions;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dossier.model.Evidence;
import org.dossier.model.Plural;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Css;
import org.dossier.ui.style.Words;

/**
 * The Relations tab of the review queue: relations the articles state between entities of the store, best first,
 * each with every sentence that states it.
 */
final class RelationReview extends ReviewList<RelationDraft> {

    private final SuggestionsViewModel model;
    private final VBox detail = new VBox(10);

    RelationReview(SuggestionsViewModel model, Consumer<Place> go) {
        super("relationSuggestions", model.shownRelations(), model.passesProperty(), RelationDraft::key, go,
                "No relations to review: accept names to find more.");
        this.model = model;
        detail.setId("relationDetail");
        detail.getStyleClass().add(Css.SUGGESTION_DETAIL);
        detail.setPadding(new Insets(14, 18, 18, 18));
        show(null);
        layOut(new Filters("relationTypeFilter", model.typeFilterProperty(), model::types,
                t -> t.isEmpty() ? "Every type" : t.replace('_', ' '), "relationFilter", "Filter relations",
                model.relationTextFilterProperty(), "acceptAllRelations", model::acceptShownRelations), detail,
                v -> new Row());
    }

    @Override
    void show(RelationDraft r) {
        if (detail == null) {
            return;
        }
        if (r == null) {
            Label none = new Label("Select a relation to review it. A accepts it with its sentences, R rejects it.");
            none.setWrapText(true);
            none.getStyleClass().add(Css.MUTED);
            detail.getChildren().setAll(none);
            return;
        }
        Label statement = new Label(r.statement());
        statement.setWrapText(true);
        statement.getStyleClass().add(Css.RELATION_STATEMENT);
        Label facts = new Label((r.proposed().date() == null ? "no date" : r.proposed().date().display()) + "  ·  "
                + Plural.count(r.proposed().evidence().size(), "sentence", "sentences") + "  ·  confidence "
                + Math.round(r.proposed().confidence() * 100) + "%");
        facts.setWrapText(true);
        facts.getStyleClass().add(Css.MUTED);
        VBox sentences = new VBox(6, EntityDetail.heading("Stated in"));
        for (Evidence e : r.proposed().evidence()) {
            Hyperlink quote = new Hyperlink("“" + e.quote() + "”");
            quote.setWrapText(true);
            quote.getStyleClass().add(Css.EVIDENCE_QUOTE);
            quote.setOnAction(x -> open(e));
            sentences.getChildren().add(quote);
        }
        detail.getChildren().setAll(statement, facts, sentences, buttons());
    }

    private Node buttons() {
        Button yes = new Button("Accept  (A)");
        yes.setId("acceptRelation");
        yes.getStyleClass().add(Css.ACCENT_BUTTON);
        yes.setOnAction(e -> act(true));
        Button no = new Button("Reject  (R)");
        no.setId("rejectRelation");
        no.setOnAction(e -> act(false));
        return new HBox(8, yes, no);
    }

    @Override
    void accept(RelationDraft r) {
        model.accept(r);
    }

    @Override
    void reject(RelationDraft r) {
        model.reject(r);
    }

    @Override
    Evidence firstSentence(RelationDraft r) {
        return r.proposed().evidence().get(0);
    }

    /** A relation in words, with its date and how many sentences state it. */
    private static final class Row extends ListCell<RelationDraft> {
        @Override
        protected void updateItem(RelationDraft r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setUserData(null);
                return;
            }
            Label statement = new Label(r.subjectName() + " " + r.verb() + " " + r.objectName());
            statement.setWrapText(true);
            statement.getStyleClass().add(Css.SEARCH_TITLE);
            Label facts = new Label((r.proposed().date() == null ? "" : r.proposed().date().display() + "  ·  ")
                    + Plural.count(r.proposed().evidence().size(), "sentence", "sentences") + "  ·  "
                    + Math.round(r.proposed().confidence() * 100) + "%");
            facts.getStyleClass().add(Css.MUTED);
            Words.keepWhole(facts); // a narrow list wraps the facts rather than cutting them
            setGraphic(new VBox(1, statement, facts));
            setUserData(r.statement());
        }
    }
}
