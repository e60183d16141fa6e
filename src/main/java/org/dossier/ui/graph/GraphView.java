package org.dossier.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.dossier.graph.Neighbourhood;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;
import org.dossier.ui.AppState;
import org.dossier.ui.nav.Place;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;

/**
 * The graph of an entity's neighbourhood: entities as boxes with their kind's icon and colour, relations as
 * labelled arrows. Click a box to centre the graph on it (Back returns), double-click to open its page, drag
 * a box to move it, the wheel zooms and dragging the background pans; resting on an arrow shows the sentence
 * that states it, double-clicking it opens the article there. The layout is computed off the FX thread.
 */
public final class GraphView extends BorderPane {

    private static final Preferences PREFS = Preferences.userRoot().node("org/dossier/graph");
    private static final String DEPTH_KEY = "depth";
    private static final int MAX_NODES = 150;
    private static final int DENSE = 40;

    private final AppState state;
    private final KnowledgeBase kb;
    private final String centre;
    private final String article;
    private final Pane viewport = new Pane();
    private final Group world = new Group();
    private final Map<String, Region> boxes = new HashMap<>();
    private final Set<String> hiddenKinds = new java.util.TreeSet<>(split(PREFS.get("hiddenKinds", "")));
    private final Set<String> hiddenTypes = new java.util.TreeSet<>(split(PREFS.get("hiddenTypes", "")));
    private int depth;
    private Neighbourhood shown;
    private final Label truncated = new Label();
    private boolean fitted;
    private final PauseTransition singleClick = new PauseTransition(Duration.millis(280));
    private double dragX;
    private double dragY;

    /** The neighbourhood of an entity, centred on it. */
    public GraphView(AppState state, String centre) {
        this(state, centre, null);
    }

    /**
     * @param centre  the entity in the middle, or null for an article's graph
     * @param article the article whose entities are drawn (then {@code centre} is null), or null
     */
    public GraphView(AppState state, String centre, String article) {
        this.state = state;
        this.kb = state.knowledgeBase();
        this.centre = centre;
        this.article = article;
        setId("graphView");
        getStyleClass().add("graph-view");
        this.depth = Math.max(1, Math.min(3, PREFS.getInt(DEPTH_KEY, 1)));
        setTop(header(depth));
        viewport.getChildren().add(world);
        viewport.getStyleClass().add("graph-canvas");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        installPanAndZoom();
        setCenter(viewport);
        draw();
    }

    private static java.util.List<String> split(String csv) {
        return csv.isBlank() ? java.util.List.of() : java.util.List.of(csv.split(","));
    }

    private Node header(int depth) {
        Label title = new Label("Graph of " + (centre != null ? kb.entity(centre).name() : "the article"));
        title.getStyleClass().add("section-heading");
        Hyperlink open = new Hyperlink(centre != null ? "Open its page" : "Read the article");
        open.setId("graphOpenPage");
        open.setOnAction(ev -> state.go(centre != null ? new Place.EntityPage(centre) : new Place.ArticlePage(article)));
        ChoiceBox<Integer> depthChoice = new ChoiceBox<>(FXCollections.observableArrayList(1, 2, 3));
        depthChoice.setId("graphDepth");
        depthChoice.setValue(depth);
        depthChoice.valueProperty().addListener((o, was, now) -> {
            PREFS.putInt(DEPTH_KEY, now);
            this.depth = now;
            draw();
        });
        Label hint = new Label("Click a box to centre on it, double-click for its page; drag to move, wheel to zoom");
        hint.getStyleClass().add("muted");
        hint.setMinWidth(0);
        Label depthLabel = new Label("Depth");
        for (Region fixed : new Region[] {title, open, depthLabel, depthChoice}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        truncated.getStyleClass().add("notice");
        truncated.setMinWidth(Region.USE_PREF_SIZE);
        depthLabel.setVisible(centre != null);
        depthLabel.setManaged(centre != null);
        depthChoice.setVisible(centre != null);
        depthChoice.setManaged(centre != null);
        HBox bar = new HBox(10, title, open, gap, hint, truncated, depthLabel, depthChoice, filterMenu(), exportMenu());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("graph-bar");
        return bar;
    }

    /** Which kinds and relation types to show; remembered between sessions, like the depth. */
    private Node filterMenu() {
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton("Show");
        menu.setId("graphFilter");
        java.util.Set<String> kinds = new java.util.TreeSet<>(Kinds.ORDER);
        kb.entities().forEach(e -> kinds.add(e.kind()));
        for (String kind : kinds) {
            menu.getItems().add(toggle("kind-" + kind, Kinds.look(kind).plural(), hiddenKinds, kind, "hiddenKinds"));
        }
        menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        java.util.Set<String> types = new java.util.TreeSet<>();
        kb.relations().forEach(r -> types.add(r.type()));
        for (String type : types) {
            menu.getItems().add(toggle("type-" + type, type.replace('_', ' '), hiddenTypes, type, "hiddenTypes"));
        }
        menu.setMinWidth(Region.USE_PREF_SIZE);
        return menu;
    }

    private javafx.scene.control.CheckMenuItem toggle(String id, String text, Set<String> hidden, String value,
                                                      String key) {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(text);
        item.setId("show-" + id);
        item.setSelected(!hidden.contains(value));
        item.selectedProperty().addListener((o, was, show) -> {
            if (show) {
                hidden.remove(value);
            } else {
                hidden.add(value);
            }
            PREFS.put(key, String.join(",", hidden));
            draw();
        });
        return item;
    }

    private Node exportMenu() {
        javafx.scene.control.MenuItem png = new javafx.scene.control.MenuItem("PNG Image…");
        png.setOnAction(e -> export("PNG image", "*.png", file -> {
            javafx.scene.image.WritableImage image = world.snapshot(null, null);
            java.awt.image.BufferedImage buffered = javafx.embed.swing.SwingFXUtils.fromFXImage(image, null);
            return () -> javax.imageio.ImageIO.write(buffered, "png", file.toFile());
        }));
        javafx.scene.control.MenuItem graphml = new javafx.scene.control.MenuItem("GraphML…");
        graphml.setOnAction(e -> export("GraphML", "*.graphml", file -> {
            byte[] bytes = org.dossier.graph.GraphMl.of(shown, kb).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return () -> {
                org.dossier.store.AtomicFiles.write(file, bytes);
                return true;
            };
        }));
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton("Export", null, png, graphml);
        menu.setId("graphExport");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        return menu;
    }

    /** What to write, prepared on the FX thread (a snapshot needs it), written on another. */
    private interface Writer {
        boolean write() throws java.io.IOException;
    }

    private void export(String what, String pattern, java.util.function.Function<java.nio.file.Path, Writer> prepare) {
        if (shown == null) {
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export the graph as " + what);
        chooser.setInitialFileName((centre != null ? centre : article) + pattern.substring(1));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(what, pattern));
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        Writer writer = prepare.apply(file.toPath());
        state.runInBackground(() -> {
            try {
                return writer.write() ? null : "no writer for that format";
            } catch (java.io.IOException ex) {
                return ex.getMessage();
            }
        }, error -> {
            if (error != null) {
                javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.ERROR, "The graph was not exported: " + error);
                alert.initOwner(getScene().getWindow());
                alert.show();
            }
        });
    }

    private void draw() {
        Set<String> followed = new java.util.HashSet<>();
        kb.relations().forEach(r -> followed.add(r.type()));
        followed.removeAll(hiddenTypes);
        Set<String> types = hiddenTypes.isEmpty() ? Set.of() : followed.isEmpty() ? Set.of("\u0000none") : followed;
        Neighbourhood all = article != null
                ? Neighbourhood.ofArticle(kb, kb.article(article), x -> !hiddenKinds.contains(x.kind()), types)
                : Neighbourhood.of(kb, centre, depth, x -> x.id().equals(centre) || !hiddenKinds.contains(x.kind()),
                types);
        Neighbourhood n = nearest(all, MAX_NODES);
        shown = n;
        List<GraphLayout.Box> sizes = new ArrayList<>();
        n.depths().forEach((id, ring) -> sizes.add(new GraphLayout.Box(id, boxWidth(kb.entity(id).name()), 32, ring)));
        List<String[]> edges = pairs(n.edges()).keySet().stream().map(k -> k.split("\u0000")).toList();
        state.runInBackground(() -> GraphLayout.layout(sizes, edges, centre), positions -> show(n, positions));
    }

    /**
     * At most {@code max} entities, nearest first and, at the same distance, the most mentioned: beyond about
     * 150 boxes a graph is no longer readable. The header says how many were left out.
     */
    private Neighbourhood nearest(Neighbourhood n, int max) {
        int all = n.depths().size();
        truncated.setText(all > max ? max + " of " + all + " shown (nearest, most mentioned)" : "");
        if (all <= max) {
            return n;
        }
        List<String> ids = new ArrayList<>(n.depths().keySet());
        ids.sort(java.util.Comparator.comparingInt((String id) -> n.depths().get(id))
                .thenComparing(id -> -kb.mentionCount(id)).thenComparing(id -> id));
        Map<String, Integer> kept = new java.util.LinkedHashMap<>();
        ids.stream().limit(max).forEach(id -> kept.put(id, n.depths().get(id)));
        List<Relation> edges = n.edges().stream()
                .filter(r -> kept.containsKey(r.subject()) && kept.containsKey(r.object())).toList();
        return new Neighbourhood(n.centre(), kept, edges);
    }

    /**
     * The relations grouped by the pair of entities they join (either direction), so that three relations
     * between Denmark and Ukraine are one line with three labels rather than three lines on top of each other.
     */
    private static Map<String, List<Relation>> pairs(List<Relation> relations) {
        Map<String, List<Relation>> pairs = new java.util.LinkedHashMap<>();
        for (Relation r : relations) {
            boolean ordered = r.subject().compareTo(r.object()) <= 0;
            String key = ordered ? r.subject() + "\u0000" + r.object() : r.object() + "\u0000" + r.subject();
            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        return pairs;
    }

    /** A box fits the icon and the name at the graph's font size; the layout needs it before the box exists. */
    private static double boxWidth(String name) {
        return 16 + 6 + 16 + Math.min(name.length(), 40) * 7.2;
    }

    private void show(Neighbourhood n, Map<String, GraphLayout.Position> positions) {
        world.getChildren().clear();
        boxes.clear();
        fitted = false;
        Group edgeLayer = new Group();
        Group nodeLayer = new Group();
        n.depths().forEach((id, ring) -> {
            Region box = box(kb.entity(id), ring);
            GraphLayout.Position p = positions.get(id);
            box.relocate(p.x() - boxWidth(kb.entity(id).name()) / 2, p.y() - 16);
            boxes.put(id, box);
            nodeLayer.getChildren().add(box);
        });
        Map<String, List<Relation>> lines = pairs(n.edges());
        // In a dense graph the types are written only on the centre's own lines; the others tell on hover.
        boolean labelAll = lines.size() <= DENSE;
        lines.values().forEach(between -> edgeLayer.getChildren().add(edge(between,
                labelAll || between.get(0).subject().equals(centre) || between.get(0).object().equals(centre))));
        if (n.depths().isEmpty()) {
            Label none = new Label("Nothing to draw: no linked entities here.");
            none.getStyleClass().add("muted");
            world.getChildren().add(none);
        }
        world.getChildren().addAll(edgeLayer, nodeLayer);
        // Centre the picture in the view once it has a size.
        viewport.widthProperty().addListener((o, was, w) -> centreView());
        viewport.heightProperty().addListener((o, was, h) -> centreView());
        centreView();
    }

    /** Puts the centre entity in the middle and, the first time, zooms out until the whole graph fits. */
    private void centreView() {
        world.setTranslateX(viewport.getWidth() / 2);
        world.setTranslateY(viewport.getHeight() / 2);
        if (!fitted && viewport.getWidth() > 0 && !world.getChildren().isEmpty()) {
            fitted = true;
            javafx.geometry.Bounds b = world.getLayoutBounds();
            double halfW = Math.max(Math.abs(b.getMinX()), Math.abs(b.getMaxX())) + 20;
            double halfH = Math.max(Math.abs(b.getMinY()), Math.abs(b.getMaxY())) + 20;
            double scale = Math.max(0.35, Math.min(1, Math.min(viewport.getWidth() / 2 / halfW,
                    viewport.getHeight() / 2 / halfH)));
            world.setScaleX(scale);
            world.setScaleY(scale);
        }
    }

    private Region box(Entity e, int ring) {
        Label name = new Label(e.name(), Icons.forKind(e.kind(), 16));
        name.setMaxWidth(40 * 7.2 + 16);
        HBox box = new HBox(name);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.getStyleClass().addAll("graph-node", Kinds.look(e.kind()).styleClass());
        if (e.id().equals(centre)) {
            box.getStyleClass().add("graph-centre");
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
            double scale = world.getScaleX();
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
                state.go(new Place.EntityPage(e.id()));
            } else if (!e.id().equals(centre) || article != null) {
                // Wait out the double-click time: re-centring at once would move the box from under a double-click.
                singleClick.setOnFinished(done -> state.go(new Place.Graph(e.id())));
                singleClick.playFromStart();
            }
            ev.consume();
        });
        return box;
    }

    /**
     * A line between two boxes with an arrow at each end some relation points to, and the relations' types as
     * its label; it follows its boxes when they move.
     */
    private Node edge(List<Relation> between, boolean labelled) {
        Relation r = between.get(0);
        Region from = boxes.get(r.subject());
        Region to = boxes.get(r.object());
        boolean backwards = between.stream().anyMatch(x -> !x.subject().equals(r.subject()));
        Polygon tail = new Polygon(0, 0, -10, -5, -10, 5);
        tail.getStyleClass().add("graph-arrow");
        tail.setVisible(backwards);
        Line line = new Line();
        line.getStyleClass().add("graph-edge");
        Line hover = new Line();
        hover.getStyleClass().add("graph-edge-hover");
        Polygon head = new Polygon(0, 0, -10, -5, -10, 5);
        head.getStyleClass().add("graph-arrow");
        Label label = new Label(String.join("\n", between.stream().map(x -> x.type().replace('_', ' ')).toList()));
        label.getStyleClass().add("graph-edge-label");
        label.setMouseTransparent(true);
        label.setVisible(labelled);
        Runnable place = () -> {
            double[] a = anchor(from, to);
            double[] b = anchor(to, from);
            line.setStartX(a[0]);
            line.setStartY(a[1]);
            line.setEndX(b[0]);
            line.setEndY(b[1]);
            hover.setStartX(a[0]);
            hover.setStartY(a[1]);
            hover.setEndX(b[0]);
            hover.setEndY(b[1]);
            head.setLayoutX(b[0]);
            head.setLayoutY(b[1]);
            head.setRotate(Math.toDegrees(Math.atan2(b[1] - a[1], b[0] - a[0])));
            tail.setLayoutX(a[0]);
            tail.setLayoutY(a[1]);
            tail.setRotate(Math.toDegrees(Math.atan2(a[1] - b[1], a[0] - b[0])));
            label.relocate((a[0] + b[0]) / 2 - label.prefWidth(-1) / 2, (a[1] + b[1]) / 2 - label.prefHeight(-1) / 2);
        };
        for (Region box : List.of(from, to)) {
            box.layoutXProperty().addListener((o, was, now) -> place.run());
            box.layoutYProperty().addListener((o, was, now) -> place.run());
            box.widthProperty().addListener((o, was, now) -> place.run());
            box.heightProperty().addListener((o, was, now) -> place.run());
        }
        place.run();
        Evidence ev = r.evidence().get(0);
        StringBuilder tip = new StringBuilder();
        for (Relation x : between) {
            tip.append(kb.entity(x.subject()).name()).append(" — ").append(x.type().replace('_', ' ')).append(" — ")
                    .append(kb.entity(x.object()).name()).append("\n   “").append(x.evidence().get(0).quote())
                    .append("”\n");
        }
        tip.append("(double-click to read the first in its article)");
        Tooltip tooltip = new Tooltip(tip.toString());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        Tooltip.install(hover, tooltip);
        hover.setOnMouseClicked(e -> {
            if (e.getClickCount() >= 2) {
                state.go(new Place.ArticlePage(ev.article(), ev));
            }
        });
        hover.setUserData(r.id());
        hover.setId("edge-" + r.id());
        return new Group(line, head, tail, label, hover);
    }

    /** Where the line from {@code a}'s centre towards {@code b}'s centre leaves {@code a}'s box. */
    private static double[] anchor(Region a, Region b) {
        double ax = a.getLayoutX() + width(a) / 2;
        double ay = a.getLayoutY() + height(a) / 2;
        double bx = b.getLayoutX() + width(b) / 2;
        double by = b.getLayoutY() + height(b) / 2;
        double dx = bx - ax;
        double dy = by - ay;
        if (dx == 0 && dy == 0) {
            return new double[] {ax, ay};
        }
        double tx = dx == 0 ? Double.MAX_VALUE : (width(a) / 2 + 2) / Math.abs(dx);
        double ty = dy == 0 ? Double.MAX_VALUE : (height(a) / 2 + 2) / Math.abs(dy);
        double t = Math.min(tx, ty);
        return new double[] {ax + dx * t, ay + dy * t};
    }

    private static double width(Region r) {
        return r.getWidth() > 0 ? r.getWidth() : r.prefWidth(-1);
    }

    private static double height(Region r) {
        return r.getHeight() > 0 ? r.getHeight() : r.prefHeight(-1);
    }

    private void installPanAndZoom() {
        viewport.setOnMousePressed(e -> {
            dragX = e.getSceneX();
            dragY = e.getSceneY();
        });
        viewport.setOnMouseDragged(e -> {
            world.setTranslateX(world.getTranslateX() + e.getSceneX() - dragX);
            world.setTranslateY(world.getTranslateY() + e.getSceneY() - dragY);
            dragX = e.getSceneX();
            dragY = e.getSceneY();
        });
        viewport.setOnScroll(e -> {
            zoom(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1);
            e.consume();
        });
        // The keyboard does what the mouse does: + and - zoom, the arrow keys pan, 0 puts the picture back.
        viewport.setFocusTraversable(true);
        viewport.setOnMouseClicked(e -> viewport.requestFocus());
        viewport.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case PLUS, ADD, EQUALS -> zoom(1.2);
                case MINUS, SUBTRACT -> zoom(1 / 1.2);
                case LEFT -> world.setTranslateX(world.getTranslateX() + 60);
                case RIGHT -> world.setTranslateX(world.getTranslateX() - 60);
                case UP -> world.setTranslateY(world.getTranslateY() + 60);
                case DOWN -> world.setTranslateY(world.getTranslateY() - 60);
                case DIGIT0, NUMPAD0 -> {
                    world.setScaleX(1);
                    world.setScaleY(1);
                    centreView();
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    private void zoom(double factor) {
        double scale = Math.max(0.2, Math.min(4, world.getScaleX() * factor));
        world.setScaleX(scale);
        world.setScaleY(scale);
    }

    /** The boxes on show, by entity id (for tests). */
    Map<String, Region> boxes() {
        return boxes;
    }
}
