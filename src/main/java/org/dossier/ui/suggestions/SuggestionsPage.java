package org.dossier.ui.suggestions;

import java.nio.file.Path;
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
import org.dossier.discovery.Acceptance;
import org.dossier.discovery.Analyses;
import org.dossier.discovery.AnalysisCache;
import org.dossier.discovery.EntityDiscovery;
import org.dossier.discovery.EntitySuggestion;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;
import org.dossier.store.DecisionsFile;
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

    /**
     * @param shown     the knowledge base shown when "Create entity" is pressed, which the creation starts from
     * @param storeDir  the store folder, whose decisions.json says what was rejected before; null for none
     * @param cacheRoot where the articles' analyses are kept between sessions
     */
    public SuggestionsPage(KnowledgeBase kb, Supplier<KnowledgeBase> shown, Path storeDir, Path cacheRoot,
                           Background background, EditService edits) {
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
        background.read(() -> EntityDiscovery.find(kb, Analyses.english(new AnalysisCache(cacheRoot)),
                storeDir == null ? org.dossier.model.Decisions.NONE : DecisionsFile.read(storeDir).decisions(), null,
                SHOWN),
                found -> show(found), why -> {
            Label failed = new Label("Suggestions could not be found: " + why);
            failed.setWrapText(true);
            failed.getStyleClass().add(Css.MUTED);
            rows.getChildren().setAll(failed);
        });
    }

    private void show(List<EntitySuggestion> found) {
        rows.getChildren().clear();
        if (found.isEmpty()) {
            Label none = new Label("No suggestions: every recurring name is an entity already.");
            none.getStyleClass().add(Css.MUTED);
            rows.getChildren().add(none);
        }
        for (EntitySuggestion s : found) {
            rows.getChildren().add(row(s));
        }
    }

    private Node row(EntitySuggestion s) {
        Label name = new Label(s.name());
        name.getStyleClass().add(Css.SEARCH_TITLE);
        String kind = Kinds.look(s.kind()).singular() + "?  ·  ";
        Label counts = new Label(kind + Plural.count(s.mentions(), "time", "times") + " in "
                + Plural.count(s.articles(), "article", "articles"));
        counts.getStyleClass().add(Css.MUTED);
        Label example = new Label("“" + s.example().quote() + "”");
        example.setWrapText(true);
        example.getStyleClass().add(Css.QUOTE_LABEL);
        Button create = new Button("Create entity");
        create.getStyleClass().add(Css.SUGGESTION_CREATE);
        create.setOnAction(e -> create(s, create));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(10, new VBox(2, name, counts), gap, create);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, example);
        box.getStyleClass().add(Css.RELATION_ROW);
        box.setUserData(s.name());
        return box;
    }

    private void create(EntitySuggestion s, Button button) {
        KnowledgeBase now = shown.get();
        button.setText("Creating…");
        button.setDisable(true);
        // Finding every occurrence reads every article: on a large store, bodies come from their files.
        background.read(() -> Acceptance.entity(now, s), edit -> {
                    edits.perform(edit);
                    button.setText("Created");
                }, why -> {
                    edits.reportError("Not created: " + why);
                    button.setText("Create entity");
                    button.setDisable(false);
                });
    }
}
