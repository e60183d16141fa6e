package org.dossier.ui.style;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;

/**
 * A title and what can be done with it: side by side while the title keeps a comfortable width, and the actions
 * moved under the title when it would not, so that buttons never take the room a name needs to wrap at whole words
 * (at 1024 pixels a page's four buttons left "Denmark" one letter wide). The title's own minimum width (its longest
 * word, see {@link Words}) is never taken from it.
 */
public final class TitleRow extends Region {

    private final Region title;
    private final Region actions;
    private final double gap;
    private final double comfortable;

    /**
     * @param comfortable the width the title keeps beside the actions (or its whole width, when less); below it, the
     *                    actions go under the title
     */
    public TitleRow(Region title, Region actions, double gap, double comfortable) {
        this.title = title;
        this.actions = actions;
        this.gap = gap;
        this.comfortable = comfortable;
        getChildren().addAll(title, actions);
    }

    /** Whether the actions fit beside the title at this inner width. */
    public boolean sideBySide(double width) {
        double room = width - actions.prefWidth(-1) - gap;
        return room >= title.minWidth(-1) && room >= Math.min(comfortable, title.prefWidth(-1));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return insetsWidth() + Math.max(title.minWidth(-1), actions.minWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        return insetsWidth() + title.prefWidth(-1) + gap + actions.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = (width < 0 ? computePrefWidth(-1) : width) - insetsWidth();
        double heights = sideBySide(inner)
                ? Math.max(title.prefHeight(inner - actions.prefWidth(-1) - gap), actions.prefHeight(-1))
                : title.prefHeight(inner) + gap + actions.prefHeight(inner);
        return in.getTop() + heights + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double inner = getWidth() - insetsWidth();
        double x = in.getLeft();
        double y = in.getTop();
        if (sideBySide(inner)) {
            double actionsWidth = actions.prefWidth(-1);
            double titleWidth = inner - actionsWidth - gap;
            double height = getHeight() - in.getTop() - in.getBottom();
            layoutInArea(title, x, y, titleWidth, height, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(actions, x + titleWidth + gap, y, actionsWidth, height, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double titleHeight = title.prefHeight(inner);
            layoutInArea(title, x, y, inner, titleHeight, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(actions, x, y + titleHeight + gap, inner, actions.prefHeight(inner), 0, HPos.LEFT, VPos.TOP);
        }
    }

    private double insetsWidth() {
        return getInsets().getLeft() + getInsets().getRight();
    }
}
