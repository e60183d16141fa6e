package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.dossier.store.TestStore;
import org.dossier.ui.state.AppState;
import org.dossier.ui.state.Background;
import org.dossier.ui.state.StoreLoading;
import org.dossier.ui.workspace.Workspace;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window for one test, opened as the app opens it: registered in a test class with
 * {@code @RegisterExtension}, beside TestFX's {@code ApplicationExtension}. Each test gets its own temporary folder
 * (the search index, copies of stores, files to import), removed afterwards, and a preferences tree in memory, so
 * nothing is left behind and the user's own settings are never read or written. The static helpers find what a
 * user would see, reading the scene on the FX thread.
 */
public final class DossierWindow implements BeforeEachCallback, AfterEachCallback {

    /** Which store a test starts on, given the test's temporary folder; null for a test that opens one itself. */
    private final Function<DossierWindow, Path> startOn;
    private ExecutorService io;
    private Path temp;
    private Stage stage;
    /** What the window remembers, for this test only; a reopened window finds it as it was left. */
    MemoryPreferences preferences;
    AppState state;
    MainWindow window;
    /** What the window remembers between sessions, in memory; a test may replace it before opening the window. */
    Workspace workspace = new Workspace(new MemoryPreferences());
    /** The folders the window asked the system to show (Help › Open Log Folder). */
    final List<Path> shownFolders = new java.util.concurrent.CopyOnWriteArrayList<>();

    private DossierWindow(Function<DossierWindow, Path> startOn) {
        this.startOn = startOn;
    }

    /** Opens on the bundled store (data/), which the test only reads. */
    static DossierWindow onBundledStore() {
        return new DossierWindow(w -> Path.of("data"));
    }

    /** Opens on a store the test class wrote before (in a {@code @BeforeAll}). */
    static DossierWindow on(java.util.function.Supplier<Path> store) {
        return new DossierWindow(w -> store.get());
    }

    /** Opens nothing: the test opens a store of its own with {@link #open}. */
    static DossierWindow unopened() {
        return new DossierWindow(null);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        temp = Files.createTempDirectory("dossier-test");
        preferences = new MemoryPreferences();
        // Light, whatever the theme of the desktop the tests run on: a test that wants another says so.
        preferences.node("appearance").put("theme", "light");
        io = Executors.newSingleThreadExecutor(Background.daemon("test-store-io"));
        if (startOn != null) {
            open(startOn.apply(this));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (state != null) {
            onFx(() -> {
                state.close();
                stage.close();
                return null;
            });
        }
        // Work already queued (a save, the search index being built) ends first: the folder is removed after it,
        // and an index build is not interrupted half-way (Lucene, with assertions on, fails a thread interrupted in
        // the middle of a commit, and TestFX then reports that in the next test).
        io.shutdown();
        if (!io.awaitTermination(30, TimeUnit.SECONDS)) {
            io.shutdownNow();
            io.awaitTermination(10, TimeUnit.SECONDS);
        }
        delete(temp);
    }

    /** Opens the window on {@code store} and waits until the store is in and drawn. */
    void open(Path store) throws TimeoutException {
        start(store, null);
        awaitLoaded();
    }

    /**
     * Closes the window and opens a new one on {@code store} with the same preferences, as a reader who quits and
     * starts Dossier again; waits until the store is in.
     */
    void reopen(Path store) throws TimeoutException {
        onFx(() -> {
            state.close();
            stage.close();
            return null;
        });
        open(store);
    }

    /** Opens the window on a store whose loading the test controls; does not wait for it. */
    void open(Function<ExecutorService, StoreLoading> loading) {
        start(null, loading.apply(io));
    }

    private void start(Path store, StoreLoading loading) {
        onFx(() -> {
            stage = new Stage();
            state = new AppState(Background.forWindow(io), temp.resolve("index"));
            window = new MainWindow(stage, state, () -> preferences, workspace, shownFolders::add, null);
            stage.show();
            if (loading != null) {
                state.session().open(loading);
            } else {
                state.session().open(store);
            }
            return null;
        });
    }

    /**
     * Waits until the store has loaded and the window has laid it out and drawn it: only then are the nodes where a
     * click should land (on a busy machine the frame can come well after the store is in).
     */
    void awaitLoaded() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> state.session().loadedProperty().get()
                && !state.session().loadingProperty().get()));
        CountDownLatch drawn = new CountDownLatch(1);
        onFx(() -> {
            FirstFrame.after(window.scene(), drawn::countDown);
            window.scene().getRoot().requestLayout(); // a pulse comes even when nothing else changes
            return null;
        });
        try {
            if (!drawn.await(10, TimeUnit.SECONDS)) {
                throw new TimeoutException("the window drew no frame within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Resizes the window, as a reader dragging its corner, and waits until it is laid out again. */
    void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    Stage stage() {
        return stage;
    }

    /** A new, empty folder in the test's temporary folder. */
    Path folder(String name) {
        try {
            return Files.createDirectories(temp.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of the bundled store, for tests that change or break it. */
    Path copyOfBundledStore() {
        return TestStore.copyFolder(Path.of("data"), folder("store"));
    }

    /**
     * Opens the window on a copy of the bundled store and imports one text file into it through the window, as
     * File › Import does, confirming the summary.
     */
    void openCopyWithImported(FxRobot robot, String fileName, String text) throws Exception {
        Path file = folder("import").resolve(fileName);
        Files.writeString(file, text);
        open(copyOfBundledStore());
        robot.interact(() -> window.importFiles(List.of(file)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importSummary").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
    }

    /** Runs {@code read} on the FX thread and returns what it gave: the scene is only ever read there. */
    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within 10 s", e);
        }
    }

    /** The visible link with exactly this text under {@code parentQuery} (e.g. "#articleView"). */
    static Hyperlink link(FxRobot robot, String parentQuery, String text) {
        List<Hyperlink> links = onFx(() -> robot.lookup(parentQuery).lookup(".hyperlink").queryAllAs(Hyperlink.class)
                .stream().filter(h -> text.equals(h.getText())).filter(Node::isVisible).toList());
        assertTrue(!links.isEmpty(), "no link '" + text + "' in " + parentQuery);
        return inView(robot, links.get(0));
    }

    /** Scrolls the node's scroll pane, as a reader would with the wheel, until the node is in view. */
    static <T extends Node> T inView(FxRobot robot, T node) {
        robot.interact(() -> {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
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

    /** All text of labels, links and texts under a node, in scene-graph order, read on the FX thread. */
    static String textOf(FxRobot robot, String query) {
        return onFx(() -> {
            StringBuilder sb = new StringBuilder();
            robot.lookup(query).lookup((Node n) -> n instanceof Labeled || n instanceof Text).queryAll()
                    .forEach(n -> sb.append(n instanceof Labeled l ? l.getText() : ((Text) n).getText()).append('\n'));
            return sb.toString();
        });
    }

    private static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
