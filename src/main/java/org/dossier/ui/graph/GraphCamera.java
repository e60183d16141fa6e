package org.dossier.ui.graph;

import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.layout.Pane;

/**
 * Where the graph is looked at from: the picture centred in the view and, when first drawn, zoomed out until it
 * fits; the wheel and + and - zoom, dragging the background and the arrow keys pan, 0 puts the picture back.
 */
final class GraphCamera {

    private final Pane viewport;
    private final Group world;
    private boolean fitted;
    private double dragX;
    private double dragY;

    GraphCamera(Pane viewport, Group world) {
        this.viewport = viewport;
        this.world = world;
        installPanAndZoom();
    }

    /** A new picture: centred, and zoomed to fit once the view has a size. */
    void refit() {
        fitted = false;
        centre();
    }

    /** Puts the centre entity in the middle and, the first time, zooms out until the whole graph fits. */
    void centre() {
        world.setTranslateX(viewport.getWidth() / 2);
        world.setTranslateY(viewport.getHeight() / 2);
        if (!fitted && viewport.getWidth() > 0 && !world.getChildren().isEmpty()) {
            fitted = true;
            Bounds b = world.getLayoutBounds();
            double halfW = Math.max(Math.abs(b.getMinX()), Math.abs(b.getMaxX())) + 20;
            double halfH = Math.max(Math.abs(b.getMinY()), Math.abs(b.getMaxY())) + 20;
            double scale = Math.max(0.35, Math.min(1, Math.min(viewport.getWidth() / 2 / halfW,
                    viewport.getHeight() / 2 / halfH)));
            world.setScaleX(scale);
            world.setScaleY(scale);
        }
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
                    centre();
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
}
