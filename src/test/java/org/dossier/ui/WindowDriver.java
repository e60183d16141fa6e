package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real main window on a store, as the app does, and finds what a user would see on it. */
final class WindowDriver {

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    AppState state;
    MainWindow window;

    void start(Stage stage, Path store) {
        try {
            state = new AppState(io, java.nio.file.Files.createTempDirectory("dossier-index"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        window = new MainWindow(stage, state);
        stage.show();
        state.open(store);
    }

    /** Waits until the store has loaded and the window has drawn it. */
    void awaitLoaded() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.loadedProperty().get()
                && !state.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    void stop() {
        if (state != null) {
            state.close();
        }
        io.shutdownNow();
    }

    /** The visible link with exactly this text under {@code parentQuery} (e.g. "#articleView"). */
    static Hyperlink link(FxRobot robot, String parentQuery, String text) {
        List<Hyperlink> links = robot.lookup(parentQuery).lookup(".hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(h -> text.equals(h.getText())).filter(Node::isVisible).toList();
        assertTrue(!links.isEmpty(), "no link '" + text + "' in " + parentQuery);
        return inView(robot, links.get(0));
    }

    /** Scrolls the node's scroll pane, as a reader would with the wheel, until the node is in view. */
    static <T extends Node> T inView(FxRobot robot, T node) {
        robot.interact(() -> {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane scroll) {
                    Node content = scroll.getContent();
                    double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                    double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    if (extra > 0) {
                        scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / extra)));
                    }
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    /** A fresh copy of the bundled store in a temporary folder, for tests that change or break it. */
    static Path copyOfBundledStore() throws java.io.IOException {
        return org.dossier.store.TestStore.copyFolder(Path.of("data"),
                java.nio.file.Files.createTempDirectory("dossier-store"));
    }

    /**
     * Opens the window on a copy of the bundled store and imports one text file into it through the window, as
     * File › Import does, confirming the summary.
     */
    void openCopyWithImported(FxRobot robot, String fileName, String text) throws Exception {
        Path store = copyOfBundledStore();
        Path file = java.nio.file.Files.createTempDirectory("dossier-import").resolve(fileName);
        java.nio.file.Files.writeString(file, text);
        robot.interact(() -> start(new Stage(), store));
        awaitLoaded();
        robot.interact(() -> window.importFiles(List.of(file)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importSummary").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
    }

    /** All text of labels and links under a node, in scene-graph order. */
    static String textOf(FxRobot robot, String query) {
        StringBuilder sb = new StringBuilder();
        robot.lookup(query).lookup((Node n) -> n instanceof Labeled || n instanceof javafx.scene.text.Text).queryAll()
                .forEach(n -> sb.append(n instanceof Labeled l ? l.getText() : ((javafx.scene.text.Text) n).getText())
                        .append('\n'));
        return sb.toString();
    }
}
