package org.dossier.ui.graph;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dossier.graph.PathFinder;
import org.dossier.graph.Step;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;
import org.dossier.ui.AppState;
import org.dossier.ui.nav.Place;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;

/** "How are A and B connected?": every shortest path, each step in words with the sentence that states it. */
public final class PathPage extends ScrollPane {

    private static final int MAX_PATHS = 10;

    public PathPage(AppState state, String from, String to) {
        setId("pathPage");
        getStyleClass().add("page-scroll");
        setFitToWidth(true);
        KnowledgeBase kb = state.knowledgeBase();
        Entity a = kb.entity(from);
        Entity b = kb.entity(to);
        Label title = new Label("How are " + a.name() + " and " + b.name() + " connected?");
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        List<List<Step>> paths = PathFinder.shortestPaths(kb, from, to, MAX_PATHS);
        Label summary = new Label(paths.isEmpty() ? "They are not connected by any relation in this store."
                : Plural.count(paths.size(), "shortest path", "shortest paths") + " of "
                + Plural.count(paths.get(0).size(), "step", "steps") + ".");
        summary.setId("pathSummary");
        summary.getStyleClass().add("muted");
        VBox page = new VBox(14, title, summary);
        for (int i = 0; i < paths.size(); i++) {
            page.getChildren().add(path(state, kb, i + 1, paths.get(i)));
        }
        page.setPadding(new Insets(24, 36, 36, 36));
        page.setMaxWidth(880);
        VBox centred = new VBox(page);
        centred.setAlignment(Pos.TOP_CENTER);
        setContent(centred);
    }

    private static Node path(AppState state, KnowledgeBase kb, int number, List<Step> steps) {
        Label heading = new Label("Path " + number);
        heading.getStyleClass().add("section-heading");
        VBox box = new VBox(8, heading);
        box.getStyleClass().add("relation-row");
        for (Step s : steps) {
            Label verb = new Label("—  " + s.relation().type().replace('_', ' ') + "  —");
            verb.getStyleClass().add("relation-verb");
            HBox statement = new HBox(8, link(state, kb.entity(s.relation().subject())), verb,
                    link(state, kb.entity(s.relation().object())));
            statement.setAlignment(Pos.CENTER_LEFT);
            Evidence ev = s.relation().evidence().get(0);
            Hyperlink quote = new Hyperlink("“" + ev.quote() + "”");
            quote.getStyleClass().add("evidence-quote");
            quote.setWrapText(true);
            quote.setOnAction(e -> state.go(new Place.ArticlePage(ev.article(), ev)));
            VBox step = new VBox(2, statement, quote);
            step.getStyleClass().add("path-step");
            box.getChildren().add(step);
        }
        return box;
    }

    private static Node link(AppState state, Entity e) {
        Hyperlink link = new Hyperlink(e.name(), Icons.forKind(e.kind(), 16));
        link.getStyleClass().addAll("entity-link", Kinds.look(e.kind()).styleClass());
        link.setOnAction(ev -> state.go(new Place.EntityPage(e.id())));
        return link;
    }

    /** Asks for the two entities (names or aliases) and opens the page. */
    public static void ask(javafx.stage.Window owner, AppState state) {
        javafx.scene.control.TextField a = new javafx.scene.control.TextField();
        a.setId("pathFrom");
        a.setPromptText("e.g. Herman Smetanin");
        javafx.scene.control.TextField b = new javafx.scene.control.TextField();
        b.setId("pathTo");
        b.setPromptText("e.g. Denmark");
        Label error = new Label();
        error.getStyleClass().add("error-text");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("From"), a);
        grid.addRow(1, new Label("To"), b);
        grid.add(error, 1, 2);
        javafx.scene.control.Dialog<Place> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Find a path");
        dialog.setHeaderText("How are two entities connected? (ids, names or aliases)");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        KnowledgeBase kb = state.knowledgeBase();
        Runnable check = () -> {
            Optional<Entity> x = org.dossier.graph.EntityLookup.find(kb, a.getText());
            Optional<Entity> y = org.dossier.graph.EntityLookup.find(kb, b.getText());
            error.setText(a.getText().isBlank() || b.getText().isBlank() ? ""
                    : x.isEmpty() ? "No entity is called “" + a.getText() + "”."
                    : y.isEmpty() ? "No entity is called “" + b.getText() + "”." : "");
            dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK)
                    .setDisable(x.isEmpty() || y.isEmpty());
        };
        a.textProperty().addListener((o, w, n) -> check.run());
        b.textProperty().addListener((o, w, n) -> check.run());
        check.run();
        dialog.setResultConverter(button -> button == javafx.scene.control.ButtonType.OK
                ? new Place.PathPage(org.dossier.graph.EntityLookup.find(kb, a.getText()).orElseThrow().id(),
                org.dossier.graph.EntityLookup.find(kb, b.getText()).orElseThrow().id()) : null);
        dialog.showAndWait().ifPresent(state::go);
    }
}
