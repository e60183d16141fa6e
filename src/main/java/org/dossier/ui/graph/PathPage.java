package org.dossier.ui.graph;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.dossier.graph.Step;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.ui.state.Place;
import org.dossier.ui.dialog.Dialogs;
import org.dossier.ui.style.Css;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;
import org.dossier.ui.style.Words;

/** "How are A and B connected?": every shortest path, each step in words with the sentence that states it. */
public final class PathPage extends ScrollPane {

    private final Consumer<Place> go;

    /** @param go opens an entity, or an article at the sentence of a step */
    public PathPage(PathModel model, Consumer<Place> go) {
        this.go = go;
        setId("pathPage");
        getStyleClass().add(Css.PAGE_SCROLL);
        setFitToWidth(true);
        Label title = new Label(model.title());
        title.getStyleClass().addAll(Css.PAGE_TITLE, Css.PAGE_FOCUS);
        title.setFocusTraversable(true);
        Words.keepWhole(title);
        Label summary = new Label(model.summary());
        summary.setId("pathSummary");
        summary.getStyleClass().add(Css.MUTED);
        VBox page = new VBox(14, title, summary);
        page.setPadding(new Insets(24, 36, 36, 36));
        page.setMaxWidth(880);
        Runnable showPaths = () -> {
            summary.setText(model.summary());
            List<List<Step>> paths = model.pathsProperty().get();
            for (int i = 0; i < paths.size(); i++) {
                page.getChildren().add(path(model.knowledgeBase(), i + 1, paths.get(i)));
            }
        };
        if (model.pathsProperty().get() != null) {
            showPaths.run();
        } else {
            model.pathsProperty().addListener((o, was, paths) -> showPaths.run());
        }
        VBox centred = new VBox(page);
        centred.setAlignment(Pos.TOP_CENTER);
        setContent(centred);
    }

    private Node path(KnowledgeBase kb, int number, List<Step> steps) {
        Label heading = new Label("Path " + number);
        heading.getStyleClass().add(Css.SECTION_HEADING);
        VBox box = new VBox(8, heading);
        box.getStyleClass().add(Css.RELATION_ROW);
        for (Step s : steps) {
            Label verb = new Label("—  " + s.relation().type().replace('_', ' ') + "  —");
            verb.getStyleClass().add(Css.RELATION_VERB);
            // A flow, not a row: in a narrow window the object goes under the subject instead of both being cut.
            FlowPane statement = new FlowPane(8, 2, link(kb.entity(s.relation().subject())), verb,
                    link(kb.entity(s.relation().object())));
            statement.setAlignment(Pos.CENTER_LEFT);
            statement.setMinWidth(0);
            Evidence ev = s.relation().evidence().get(0);
            Hyperlink quote = new Hyperlink("“" + ev.quote() + "”");
            quote.getStyleClass().add(Css.EVIDENCE_QUOTE);
            quote.setWrapText(true);
            quote.setOnAction(e -> go.accept(new Place.ArticlePage(ev.article(), ev)));
            VBox step = new VBox(2, statement, quote);
            step.getStyleClass().add(Css.PATH_STEP);
            box.getChildren().add(step);
        }
        return box;
    }

    private Node link(Entity e) {
        Hyperlink link = new Hyperlink(e.name(), Icons.forKind(e.kind(), 16));
        link.getStyleClass().addAll(Css.ENTITY_LINK, Kinds.look(e.kind()).styleClass());
        link.setOnAction(ev -> go.accept(new Place.EntityPage(e.id())));
        return link;
    }

    /** Asks for the two entities (names or aliases) and opens the page. */
    public static void ask(javafx.stage.Window owner, KnowledgeBase kb, Consumer<Place> go) {
        javafx.scene.control.TextField a = new javafx.scene.control.TextField();
        a.setId("pathFrom");
        a.setPromptText("e.g. Herman Smetanin");
        javafx.scene.control.TextField b = new javafx.scene.control.TextField();
        b.setId("pathTo");
        b.setPromptText("e.g. Denmark");
        Label error = new Label();
        error.getStyleClass().add(Css.ERROR_TEXT);
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
        Dialogs.focusOnOpen(dialog, a);
        dialog.showAndWait().ifPresent(go);
    }
}
