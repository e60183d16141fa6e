package org.dossier.ui.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Keeps the window's layout from one start to the next in the {@link Workspace}: where the window was and how large
 * (maximised if it was; the size it had before being maximised is kept too), and where the dividers of its split panes
 * were. It is restored when the window is made and remembered when the window closes. A remembered place that no
 * screen shows any more (a monitor unplugged) is not used: the window then opens where the system puts it.
 */
public final class WindowLayout {

    /** How much of the window's top-left corner must be on a screen for its remembered place to be used. */
    private static final double VISIBLE = 80;

    private final Workspace workspace;
    private final Stage stage;
    private final Map<String, SplitPane> splitPanes = new LinkedHashMap<>();
    /** The window's bounds the last time it was neither maximised nor minimised. */
    private Rectangle2D normal;

    private WindowLayout(Workspace workspace, Stage stage) {
        this.workspace = workspace;
        this.stage = stage;
    }

    /** Lays out {@code stage} as remembered, and remembers its layout when it closes. */
    public static WindowLayout keep(Workspace workspace, Stage stage) {
        WindowLayout layout = new WindowLayout(workspace, stage);
        layout.restore();
        InvalidationListener bounds = o -> layout.noteNormalBounds();
        stage.xProperty().addListener(bounds);
        stage.yProperty().addListener(bounds);
        stage.widthProperty().addListener(bounds);
        stage.heightProperty().addListener(bounds);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> layout.remember());
        return layout;
    }

    /** Also keeps where {@code pane}'s dividers are; restored now if it has as many dividers as remembered. */
    public void keepDividers(String name, SplitPane pane) {
        splitPanes.put(name, pane);
        workspace.dividers(name).filter(positions -> positions.length == pane.getDividers().size())
                .ifPresent(pane::setDividerPositions);
    }

    private void restore() {
        Optional<Workspace.Placement> remembered = workspace.placement();
        if (remembered.isEmpty()) {
            return;
        }
        Workspace.Placement p = remembered.get();
        // Never larger than the screen: the window may have been made on a larger one.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(screen.getWidth(), Math.max(stage.getMinWidth(), p.width())));
        stage.setHeight(Math.min(screen.getHeight(), Math.max(stage.getMinHeight(), p.height())));
        if (onAScreen(p)) {
            stage.setX(p.x());
            stage.setY(p.y());
        }
        normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        stage.setMaximized(p.maximized());
    }

    private void noteNormalBounds() {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    /** Remembers the layout now (the window calls this as it closes). */
    public void remember() {
        Rectangle2D bounds = normal != null ? normal
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        workspace.setPlacement(new Workspace.Placement(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(),
                bounds.getHeight(), stage.isMaximized()));
        splitPanes.forEach((name, pane) -> workspace.setDividers(name, pane.getDividerPositions()));
        workspace.flush();
    }

    private static boolean onAScreen(Workspace.Placement p) {
        Rectangle2D corner = new Rectangle2D(p.x(), p.y(), Math.min(p.width(), VISIBLE), Math.min(p.height(), VISIBLE));
        return Screen.getScreens().stream().map(Screen::getVisualBounds).anyMatch(screen -> screen.intersects(corner));
    }
}
