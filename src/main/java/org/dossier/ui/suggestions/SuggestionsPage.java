package org.dossier.ui.suggestions;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dossier.edit.AddEntity;
import org.dossier.edit.CompositeEdit;
import org.dossier.edit.Curation;
import org.dossier.edit.EntityIds;
import org.dossier.linking.Suggestion;
import org.dossier.linking.SuggestionFinder;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;
import org.dossier.ui.state.Background;
import org.dossier.ui.state.EditService;
import org.dossier.ui.style.Css;
import org.dossier.ui.style.Kinds;

/**
 * The Suggestions page: names that recur in the articles but are no entity yet, most frequent first, each with
 * the sentence it first appears in. "Create entity" makes it one and links it everywhere, in one undoable edit.
 */
public final class SuggestionsPage extends ScrollPane {

    private static final int SHOWN = 100;

    private final Supplier<KnowledgeBase> shown;
    private final Background background;
    private final EditService edits;
    private final VBox rows = new VBox(10);

    /** @param shown the knowledge base shown when "Create entity" is pressed, which the creation starts from */
    public SuggestionsPage(KnowledgeBase kb, Supplier<KnowledgeBase> shown, Background background, EditService edits) {
        this.shown = shown;
        this.background = background;
        this.edits = edits;
        setId("suggestionsPage");
        getStyleClass().add(Css.PAGE_SCROLL);
        setFitToWidth(true);
        Label title = new Label("Suggestions");
        title.getStyleClass().add(Css.PAGE_TITLE);
        Label hint = new Label("Names that recur in the articles but are not entities yet. Creating one links "
                + "every occurrence of the name; Ctrl+Z undoes it.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Css.MUTED);
        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(32, 32);
        rows.getChildren().add(working);
        VBox page = new VBox(14, title, hint, rows);
        page.setPadding(new Insets(24, 36, 36, 36));
        page.setMaxWidth(880);
        VBox centred = new VBox(page);
        centred.setAlignment(Pos.TOP_CENTER);
        setContent(centred);
        // Reads every article: a large store's bodies come from their files, so on the reading threads, not
        // on the search thread, where it would hold up every search until done.
        background.read(() -> SuggestionFinder.top(kb, SHOWN), found -> show(kb, found), why -> {
            Label failed = new Label("Suggestions could not be found: " + why);
            failed.setWrapText(true);
            failed.getStyleClass().add(Css.MUTED);
            rows.getChildren().setAll(failed);
        });
    }

    private void show(KnowledgeBase kb, List<Suggestion> found) {
        rows.getChildren().clear();
        if (found.isEmpty()) {
            Label none = new Label("No suggestions: every recurring name is an entity already.");
            none.getStyleClass().add(Css.MUTED);
            rows.getChildren().add(none);
        }
        for (Suggestion s : found) {
            rows.getChildren().add(row(kb, s));
        }
    }

    private Node row(KnowledgeBase kb, Suggestion s) {
        Label name = new Label(s.name());
        name.getStyleClass().add(Css.SEARCH_TITLE);
        String kind = s.kindHint().isEmpty() ? "" : Kinds.look(s.kindHint()).singular() + "?  ·  ";
        Label counts = new Label(kind + Plural.count(s.count(), "time", "times") + " in "
                + Plural.count(s.articles(), "article", "articles"));
        counts.getStyleClass().add(Css.MUTED);
        Label example = new Label("“" + s.example().quote() + "”");
        example.setWrapText(true);
        example.getStyleClass().add(Css.QUOTE_LABEL);
        Button create = new Button("Create entity");
        create.getStyleClass().add(Css.SUGGESTION_CREATE);
        create.setOnAction(e -> create(kb, s, create));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(10, new VBox(2, name, counts), gap, create);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, example);
        box.getStyleClass().add(Css.RELATION_ROW);
        box.setUserData(s.name());
        return box;
    }

    private void create(KnowledgeBase kb, Suggestion s, Button button) {
        KnowledgeBase now = shown.get();
        Entity entity = new Entity(EntityIds.forName(now, s.name()), s.kindHint().isEmpty() ? "organization"
                : s.kindHint(), s.name(), List.of(), List.of(), List.of(), "", java.util.Map.of());
        KnowledgeBase withEntity = new AddEntity(entity).apply(now);
        button.setText("Creating…");
        button.setDisable(true);
        // Finding every occurrence reads every article: on a large store, bodies come from their files.
        background.read(() -> new CompositeEdit("creation of " + s.name(), List.of(new AddEntity(entity),
                Curation.linkEverywhere(withEntity, s.name(), entity))), edit -> {
                    edits.perform(edit);
                    button.setText("Created");
                }, why -> {
                    edits.reportError("Not created: " + why);
                    button.setText("Create entity");
                    button.setDisable(false);
                });
    }
}
