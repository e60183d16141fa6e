package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.dossier.ui.state.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The graph fits its view when first drawn, and again when the view grows, until the reader zooms or pans: drawn
 * while the window was small it stayed small (the fit was worked out once, from the view's first size).
 */
@ExtendWith(ApplicationExtension.class)
class GraphFitTest {

    @RegisterExtension
    final DossierWindow driver = DossierWindow.onBundledStore();

    @Test
    void a_graph_drawn_in_a_small_window_fills_the_view_once_the_window_is_laptop_sized(FxRobot robot)
            throws Exception {
        driver.resize(robot, 720, 480);
        robot.interact(() -> driver.state.navigation().go(new Place.ArticleGraph("ukraine-denmark-military-production")));
        awaitNodes(robot);
        assertAllInView(robot);
        driver.resize(robot, 1280, 800);
        assertAllInView(robot);
        Bounds view = viewport(robot);
        Bounds drawn = DossierWindow.onFx(() -> robot.lookup(".graph-node").queryAll().stream()
                .map(n -> n.localToScene(n.getBoundsInLocal())).reduce(GraphFitTest::union).orElseThrow());
        assertTrue(drawn.getWidth() > 0.8 * (view.getWidth() - 48) || drawn.getHeight() > 0.8 * (view.getHeight() - 48),
                "the picture fills the grown view: " + drawn + " in " + view);
    }

    @Test
    void denmarks_graph_is_drawn_whole_at_1024_by_700(FxRobot robot) throws Exception {
        driver.resize(robot, 1024, 700);
        robot.interact(() -> driver.state.navigation().go(new Place.Graph("denmark")));
        awaitNodes(robot);
        assertAllInView(robot);
    }

    private static void awaitNodes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DossierWindow.onFx(() ->
                !robot.lookup(".graph-node").queryAll().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Bounds viewport(FxRobot robot) {
        return DossierWindow.onFx(() -> {
            Node canvas = robot.lookup(".graph-canvas").query();
            return canvas.localToScene(canvas.getBoundsInLocal());
        });
    }

    private static void assertAllInView(FxRobot robot) {
        Bounds view = viewport(robot);
        List<String> outside = DossierWindow.onFx(() -> robot.lookup(".graph-node").queryAll().stream()
                .filter(n -> !view.contains(n.localToScene(n.getBoundsInLocal()))).map(Node::getId).toList());
        assertTrue(outside.isEmpty(), "boxes outside the view " + view + ": " + outside);
    }

    private static Bounds union(Bounds a, Bounds b) {
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new javafx.geometry.BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }
}
