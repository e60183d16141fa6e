package org.dossier.ui.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Css;

/** The graph's lines: one per pair of related boxes, with arrows, the relations' types, and their sentences on hover. */
final class GraphEdges {

    private GraphEdges() {
    }

    /**
     * A line between two boxes with an arrow at each end some relation points to, and the relations' types as
     * its label; it follows its boxes when they move.
     */
    static Node edge(List<Relation> between, boolean labelled, Map<String, Region> boxes, KnowledgeBase kb,
                     Consumer<Place> go) {
        Relation r = between.get(0);
        Region from = boxes.get(r.subject());
        Region to = boxes.get(r.object());
        boolean backwards = between.stream().anyMatch(x -> !x.subject().equals(r.subject()));
        Polygon tail = new Polygon(0, 0, -10, -5, -10, 5);
        tail.getStyleClass().add(Css.GRAPH_ARROW);
        tail.setVisible(backwards);
        Line line = new Line();
        line.getStyleClass().add(Css.GRAPH_EDGE);
        Line hover = new Line();
        hover.getStyleClass().add(Css.GRAPH_EDGE_HOVER);
        Polygon head = new Polygon(0, 0, -10, -5, -10, 5);
        head.getStyleClass().add(Css.GRAPH_ARROW);
        Label label = new Label(String.join("\n", between.stream().map(x -> x.type().replace('_', ' ')).toList()));
        label.getStyleClass().add(Css.GRAPH_EDGE_LABEL);
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
                go.accept(new Place.ArticlePage(ev.article(), ev));
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
}
