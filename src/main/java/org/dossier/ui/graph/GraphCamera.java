package org.dossier.ui.graph;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Where the graph is looked at from. A new picture is fitted to the view, and fitted again whenever the view
 * changes size, until the reader zooms or pans; the wheel and + and - zoom about the view's centre, dragging the
 * background and the arrow keys pan, 0 fits the picture again. The fit is worked out from the picture's bounds as the
 * layout gave them, not from the nodes' sizes: the first fit came while the view had the size of its first layout
 * pass (about 150 pixels, or none), was never done again, and left the graph tiny or cut off.
 */
final class GraphCamera {

    private static final double MARGIN = 24;
    private static final double MIN_SCALE = 0.2;
    private static final double MAX_SCALE = 4;

    private final Pane viewport;
    private final Translate shift = new Translate();
    private final Scale zoom = new Scale(1, 1, 0, 0);
    private Bounds picture;
    private boolean movedByReader;
    private double dragX;
    private double dragY;

    GraphCamera(Pane viewport, Group world) {
        this.viewport = viewport;
        world.getTransforms().setAll(shift, zoom);
        viewport.widthProperty().addListener((o, was, w) -> followView());
        viewport.heightProperty().addListener((o, was, h) -> followView());
        installPanAndZoom();
    }

    /** A new picture, whose drawing covers {@code bounds} (null for an empty one): fitted to the view. */
    void show(Bounds bounds) {
        picture = bounds;
        movedByReader = false;
        fit();
    }

    /** The picture's bounds, from boxes centred on their layout positions. */
    static Bounds around(double minX, double minY, double maxX, double maxY) {
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** How much the picture is enlarged (less than 1: reduced). */
    double scale() {
        return zoom.getX();
    }

    private void followView() {
        if (!movedByReader) {
            fit();
        }
    }

    /** The whole picture in the middle of the view, as large as fits, never larger than drawn. */
    private void fit() {
        double w = viewport.getWidth();
        double h = viewport.getHeight();
        if (picture == null || w <= 0 || h <= 0) {
            setView(1, MARGIN, MARGIN);
            return;
        }
        double scale = Math.max(MIN_SCALE, Math.min(1, Math.min((w - 2 * MARGIN) / Math.max(1, picture.getWidth()),
                (h - 2 * MARGIN) / Math.max(1, picture.getHeight()))));
        setView(scale, w / 2 - scale * (picture.getMinX() + picture.getWidth() / 2),
                h / 2 - scale * (picture.getMinY() + picture.getHeight() / 2));
    }

    private void setView(double scale, double x, double y) {
        zoom.setX(scale);
        zoom.setY(scale);
        shift.setX(x);
        shift.setY(y);
    }

    private void zoomBy(double factor) {
        double scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, zoom.getX() * factor));
        double cx = viewport.getWidth() / 2;
        double cy = viewport.getHeight() / 2;
        double applied = scale / zoom.getX();
        movedByReader = true;
        setView(scale, cx - (cx - shift.getX()) * applied, cy - (cy - shift.getY()) * applied);
    }

    private void panBy(double dx, double dy) {
        movedByReader = true;
        shift.setX(shift.getX() + dx);
        shift.setY(shift.getY() + dy);
    }

    private void installPanAndZoom() {
        viewport.setOnMousePressed(e -> {
            dragX = e.getSceneX();
            dragY = e.getSceneY();
        });
        viewport.setOnMouseDragged(e -> {
            panBy(e.getSceneX() - dragX, e.getSceneY() - dragY);
            dragX = e.getSceneX();
            dragY = e.getSceneY();
        });
        viewport.setOnScroll(e -> {
            zoomBy(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1);
            e.consume();
        });
        // The keyboard does what the mouse does: + and - zoom, the arrow keys pan, 0 fits the picture again.
        viewport.setFocusTraversable(true);
        viewport.setOnMouseClicked(e -> viewport.requestFocus());
        viewport.setOnKeyPressed(this::key);
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return; // the window's keys: Alt+Left is Back, Ctrl+= and Ctrl+- size the text, not the graph's
        }
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoomBy(1.2);
            case MINUS, SUBTRACT -> zoomBy(1 / 1.2);
            case LEFT -> panBy(60, 0);
            case RIGHT -> panBy(-60, 0);
            case UP -> panBy(0, 60);
            case DOWN -> panBy(0, -60);
            case DIGIT0, NUMPAD0 -> show(picture);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
