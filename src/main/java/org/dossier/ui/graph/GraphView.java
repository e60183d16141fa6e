package org.dossier.ui.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.ui.state.Background;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Css;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;
import org.dossier.ui.style.TitleRow;
import org.dossier.ui.style.Words;

/**
 * The graph of an entity's neighbourhood: entities as boxes with their kind's icon and colour, relations as
 * labelled arrows. Click a box to centre the graph on it (Back returns), double-click to open its page, drag
 * a box to move it, the wheel zooms and dragging the background pans; resting on an arrow shows the sentence
 * that states it, double-clicking it opens the article there. What is drawn is the {@link GraphModel}'s; the
 * layout is computed off the FX thread.
 */
public final class GraphView extends BorderPane {

    private final GraphModel model;
    private final KnowledgeBase kb;
    private final String centre;
    private final Consumer<Place> go;
    private final Background background;
    private final GraphExport export;
    private final Pane viewport = new Pane();
    private final Group world = new Group();
    private final GraphCamera camera = new GraphCamera(viewport, world);
    private final Map<String, Region> boxes = new HashMap<>();
    private GraphModel.Drawing shown;
    private final Label truncated = new Label();
    private final PauseTransition singleClick = new PauseTransition(Duration.millis(280));
    private double dragX;
    private double dragY;

    /**
     * @param go         opens a place: an entity's page or graph, an article
     * @param background where the layout is computed
     * @param export     saves the graph as a picture or as GraphML
     */
    public GraphView(GraphModel model, Consumer<Place> go, Background background, GraphExport export) {
        this.model = model;
        this.kb = model.knowledgeBase();
        this.centre = model.centre();
        this.go = go;
        this.background = background;
        this.export = export;
        setId("graphView");
        getStyleClass().add(Css.GRAPH_VIEW);
        setTop(header());
        viewport.getChildren().add(world);
        viewport.getStyleClass().addAll(Css.GRAPH_CANVAS, Css.PAGE_FOCUS); // the arrows pan, + and - zoom at once
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        setCenter(viewport);
        draw();
    }

    private Node header() {
        Label title = new Label(model.title());
        title.getStyleClass().add(Css.SECTION_HEADING);
        Hyperlink open = new Hyperlink(centre != null ? "Open its page" : "Read the article");
        open.setId("graphOpenPage");
        open.setOnAction(ev -> go.accept(model.subjectPage()));
        ChoiceBox<Integer> depthChoice = new ChoiceBox<>(FXCollections.observableArrayList(1, 2, 3));
        depthChoice.setId("graphDepth");
        depthChoice.setValue(model.depth());
        depthChoice.valueProperty().addListener((o, was, now) -> {
            model.setDepth(now);
            draw();
        });
        Label hint = new Label("Click a box to centre on it, double-click for its page; drag to move, wheel or + and - "
                + "to zoom, 0 to fit");
        hint.getStyleClass().add(Css.MUTED);
        hint.setWrapText(true);
        Label depthLabel = new Label("Depth");
        Words.keepWhole(title);
        open.setMinWidth(Region.USE_PREF_SIZE);
        truncated.getStyleClass().add(Css.NOTICE);
        truncated.setWrapText(true);
        for (Node n : List.of(depthLabel, depthChoice)) {
            n.setVisible(model.hasDepth());
            n.setManaged(model.hasDepth());
        }
        FlowPane named = new FlowPane(10, 4, title, open);
        named.setAlignment(Pos.CENTER_LEFT);
        HBox controls = new HBox(8, depthLabel, depthChoice, filterMenu(), exportMenu());
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setMinWidth(Region.USE_PREF_SIZE);
        // The controls go under the title where the view is narrow; the hint and any notice wrap below.
        VBox bar = new VBox(4, new TitleRow(named, controls, 12, 260), hint, truncated);
        truncated.managedProperty().bind(truncated.textProperty().isNotEmpty());
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add(Css.GRAPH_BAR);
        return bar;
    }

    /** Which kinds and relation types to show; remembered between sessions, like the depth. */
    private Node filterMenu() {
        MenuButton menu = new MenuButton("Show");
        menu.setId("graphFilter");
        for (String kind : model.kinds()) {
            menu.getItems().add(toggle("kind-" + kind, Kinds.look(kind).plural(), model.showsKind(kind),
                    show -> model.showKind(kind, show)));
        }
        menu.getItems().add(new SeparatorMenuItem());
        for (String type : model.types()) {
            menu.getItems().add(toggle("type-" + type, type.replace('_', ' '), model.showsType(type),
                    show -> model.showType(type, show)));
        }
        menu.setMinWidth(Region.USE_PREF_SIZE);
        return menu;
    }

    private CheckMenuItem toggle(String id, String text, boolean shownNow, Consumer<Boolean> choose) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId("show-" + id);
        item.setSelected(shownNow);
        item.selectedProperty().addListener((o, was, show) -> {
            choose.accept(show);
            draw();
        });
        return item;
    }

    private Node exportMenu() {
        MenuItem png = new MenuItem("PNG Image…");
        png.setOnAction(e -> {
            if (shown != null) {
                export.png(world, model.exportName(), getScene().getWindow());
            }
        });
        MenuItem graphml = new MenuItem("GraphML…");
        graphml.setOnAction(e -> {
            if (shown != null) {
                export.graphMl(shown.shown(), kb, model.exportName(), getScene().getWindow());
            }
        });
        MenuButton menu = new MenuButton("Export", null, png, graphml);
        menu.setId("graphExport");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        return menu;
    }

    private void draw() {
        GraphModel.Drawing drawing = model.draw();
        truncated.setText(drawing.truncated());
        background.compute(() -> GraphLayout.layout(drawing.boxes(), drawing.edges(), centre),
                positions -> show(drawing, positions));
    }

    private void show(GraphModel.Drawing drawing, Map<String, GraphLayout.Position> positions) {
        shown = drawing;
        world.getChildren().clear();
        boxes.clear();
        Group edgeLayer = new Group();
        Group nodeLayer = new Group();
        double[] extent = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        drawing.shown().depths().forEach((id, ring) -> {
            Region box = box(kb.entity(id));
            GraphLayout.Position p = positions.get(id);
            double halfWidth = GraphModel.boxWidth(kb.entity(id).name()) / 2;
            box.relocate(p.x() - halfWidth, p.y() - GraphModel.BOX_HEIGHT / 2);
            extent[0] = Math.min(extent[0], p.x() - halfWidth);
            extent[1] = Math.min(extent[1], p.y() - GraphModel.BOX_HEIGHT / 2);
            extent[2] = Math.max(extent[2], p.x() + halfWidth);
            extent[3] = Math.max(extent[3], p.y() + GraphModel.BOX_HEIGHT / 2);
            boxes.put(id, box);
            nodeLayer.getChildren().add(box);
        });
        drawing.lines().forEach(line -> edgeLayer.getChildren().add(GraphEdges.edge(line.between(), line.labelled(),
                boxes, kb, go)));
        if (drawing.shown().depths().isEmpty()) {
            Label none = new Label("Nothing to draw: no linked entities here.");
            none.getStyleClass().add(Css.MUTED);
            world.getChildren().add(none);
        }
        world.getChildren().addAll(edgeLayer, nodeLayer);
        camera.show(drawing.shown().depths().isEmpty() ? null
                : GraphCamera.around(extent[0], extent[1], extent[2], extent[3]));
    }

    private Region box(Entity e) {
        Label name = new Label(e.name(), Icons.forKind(e.kind(), 16));
        name.setMaxWidth(40 * 7.2 + 16);
        // A box is as wide as the layout made room for: a longer name ends at a whole word (the box's tooltip
        // and the entity's page give it whole).
        name.setTextOverrun(javafx.scene.control.OverrunStyle.WORD_ELLIPSIS);
        HBox box = new HBox(name);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.getStyleClass().addAll(Css.GRAPH_NODE, Kinds.look(e.kind()).styleClass());
        if (e.id().equals(centre)) {
            box.getStyleClass().add(Css.GRAPH_CENTRE);
        }
        box.setId("node-" + e.id());
        box.setUserData(e.id());
        Tooltip.install(box, new Tooltip(Kinds.look(e.kind()).singular() + ": " + e.name()
                + (e.summary().isEmpty() ? "" : "\n" + e.summary())));
        box.setOnMousePressed(ev -> {
            dragX = ev.getSceneX();
            dragY = ev.getSceneY();
            ev.consume();
        });
        box.setOnMouseDragged(ev -> {
            double scale = camera.scale();
            box.relocate(box.getLayoutX() + (ev.getSceneX() - dragX) / scale,
                    box.getLayoutY() + (ev.getSceneY() - dragY) / scale);
            dragX = ev.getSceneX();
            dragY = ev.getSceneY();
            ev.consume();
        });
        box.setOnMouseClicked(ev -> {
            if (ev.getButton() != MouseButton.PRIMARY || !ev.isStillSincePress()) {
                return;
            }
            if (ev.getClickCount() >= 2) {
                singleClick.stop();
                go.accept(new Place.EntityPage(e.id()));
            } else if (!e.id().equals(centre) || centre == null) {
                // Wait out the double-click time: re-centring at once would move the box from under a double-click.
                singleClick.setOnFinished(done -> go.accept(new Place.Graph(e.id())));
                singleClick.playFromStart();
            }
            ev.consume();
        });
        return box;
    }

}
