package org.dossier.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.dossier.importer.FormatReaders;
import org.dossier.ui.articles.ArticleListView;
import org.dossier.ui.dialog.Dialogs;
import org.dossier.ui.exchange.ExchangeMenus;
import org.dossier.ui.graph.PathPage;
import org.dossier.ui.importer.ImportFlow;
import org.dossier.ui.problems.ProblemsView;
import org.dossier.ui.search.QuickSwitcher;
import org.dossier.ui.search.SearchBox;
import org.dossier.ui.sidebar.EntitySidebar;
import org.dossier.ui.state.AppState;
import org.dossier.ui.state.Appearance;
import org.dossier.ui.state.NavigationHistory;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Look;
import org.dossier.ui.style.SystemTheme;
import org.dossier.ui.workspace.FirstWindowSize;
import org.dossier.ui.workspace.WindowLayout;
import org.dossier.ui.workspace.Workspace;
import org.dossier.ui.workspace.WorkspaceKeeper;
import org.dossier.ui.workspace.WorkspaceMenus;

/**
 * The main window: menus and a toolbar with Back, Forward and where you are; the article list, the page and the
 * entity sidebar side by side; the Problems view below when the store has problems; the status bar.
 */
public final class MainWindow {

    private final AppState state;
    private final Stage stage;
    private final SplitPane vertical = new SplitPane();
    private final ToggleButton problemsToggle = new ToggleButton();
    private final Dialogs dialogs;
    private final ExchangeMenus exchange;
    private final SearchBox search;
    private final Appearance appearance;
    private ProblemsView problems;
    private QuickSwitcher switcher;

    /**
     * @param settings        where the window remembers choices between sessions (the theme, the text size, the
     *                        graph's depth and filters); asked for when first needed
     * @param workspace       what the window remembers of its layout and stores between sessions
     * @param showFolder      shows a folder in the system's file manager (Help › Open Log Folder)
     * @param themeForThisRun the theme asked for on the command line, or null for the one remembered
     */
    public MainWindow(Stage stage, AppState state, Supplier<Preferences> settings, Workspace workspace,
                      Consumer<Path> showFolder, Appearance.Theme themeForThisRun) {
        this.stage = stage;
        this.state = state;
        this.appearance = new Appearance(() -> settings.get().node("appearance"), themeForThisRun);
        this.dialogs = new Dialogs(() -> stage);
        this.exchange = new ExchangeMenus(stage, state.session(), state.edits(), dialogs);
        this.search = new SearchBox(state.search(), state.navigation(), state.hits());
        CenterPane center = new CenterPane(state, new Pages(state, dialogs, () -> stage,
                () -> settings.get().node("graph"), this::chooseStore));
        center.readingSize(appearance.textSizeProperty());
        EntitySidebar sidebar = new EntitySidebar(state.shownProperty(), state.navigation()::go);
        SplitPane columns = new SplitPane(new ArticleListView(state.shownProperty(), state.navigation(),
                state.background()), center, sidebar);
        columns.setDividerPositions(0.23, 0.77);
        columns.setId("columns");
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.getItems().add(columns);
        WindowMenus.Actions actions = new WindowMenus.Actions(this::chooseStore, this::chooseImportFiles,
                search::focus, this::quickSwitch, () -> PathPage.ask(stage, state.session().knowledgeBase(),
                state.navigation()::go), stage::close);
        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        WorkspaceMenus.Items remembered = WorkspaceMenus.of(workspace, stage, dialogs, state.session()::open, showFolder,
                columns, sidebar);
        root.setTop(new VBox(WindowMenus.of(state, actions, exchange, problemsToggle.selectedProperty(), dialogs,
                remembered, appearance),
                WindowToolBar.of(state, search, problemsToggle)));
        root.setCenter(vertical);
        root.setBottom(StatusBar.of(state.session()));

        problemsToggle.selectedProperty().addListener((o, was, show) -> showProblems(show));
        state.edits().saveErrorProperty().addListener((o, was, message) -> {
            if (message != null) {
                dialogs.error("The change was not saved", message);
            }
        });
        state.session().problemsProperty().addListener((o, was, list) -> problemsToggle.setSelected(!list.isEmpty()));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        FirstWindowSize first = FirstWindowSize.on(screen.getWidth(), screen.getHeight());
        Scene scene = new Scene(root, first.width(), first.height());
        followTheme(scene);
        AppearanceMenus.installSecondKeys(scene, appearance);
        installMouseNavigation(scene, state.navigation().history());
        acceptDroppedFiles(scene);
        FirstFrame.after(scene, state::windowShown);
        stage.setScene(scene);
        stage.setMaximized(first.fills()); // a remembered placement, if any, is put back next
        WindowLayout.keep(workspace, stage).keepDividers("columns", columns);
        WorkspaceKeeper.keep(workspace, state.session(), state.navigation());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.getIcons().setAll(Icons.app());
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            String name = state.session().knowledgeBase().name();
            return name.isEmpty() ? "Dossier" : "Dossier — " + name;
        }, state.session().knowledgeBaseProperty()));
    }

    /** File › Export and File › Import Entities (tests give them another way to choose files). */
    public ExchangeMenus exchange() {
        return exchange;
    }

    public Scene scene() {
        return stage.getScene();
    }

    /** The theme and text size the window is drawn with. */
    public Appearance appearance() {
        return appearance;
    }

    /**
     * Draws the window in the theme chosen, now and whenever it changes. The desktop is asked whether it is dark only
     * while the theme follows it, off the FX thread; until it answers the window is light.
     */
    private void followTheme(Scene scene) {
        Runnable askSystem = () -> SystemTheme.isDark().thenAcceptAsync(appearance::systemSays, state.background().fx());
        if (appearance.themeProperty().get() == Appearance.Theme.SYSTEM) {
            Boolean known = SystemTheme.isDark().getNow(null); // asked at start-up: usually known by now
            if (known != null) {
                appearance.systemSays(known);
            } else {
                askSystem.run();
            }
        }
        Look.apply(appearance.darkProperty().get());
        Look.dress(scene);
        appearance.darkProperty().addListener((o, was, dark) -> Look.apply(dark));
        appearance.themeProperty().addListener((o, was, theme) -> {
            if (theme == Appearance.Theme.SYSTEM) {
                askSystem.run();
            }
        });
    }

    private void quickSwitch() {
        if (switcher == null) {
            // Built on first use: start-up does not pay for it.
            switcher = new QuickSwitcher(state.search(), state.navigation(), state.session()::knowledgeBase);
        }
        switcher.show(stage);
    }

    private void showProblems(boolean show) {
        if (show && problems == null) {
            problems = new ProblemsView(state.session().problemsProperty());
        }
        if (show && !vertical.getItems().contains(problems)) {
            vertical.getItems().add(problems);
            vertical.setDividerPositions(0.74);
        } else if (!show && problems != null) {
            vertical.getItems().remove(problems);
        }
    }

    /** Alt+Left/Right come from the menu accelerators; the mouse's side buttons are handled here. */
    private static void installMouseNavigation(Scene scene, NavigationHistory history) {
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.BACK) {
                history.back();
                e.consume();
            } else if (e.getButton() == MouseButton.FORWARD) {
                history.forward();
                e.consume();
            }
        });
    }

    /** Imports the files with progress, then a summary (also what File › Import and a drop do). */
    public void importFiles(List<Path> files) {
        new ImportFlow(stage, state.session(), state.edits(), dialogs).run(files);
    }

    private void chooseImportFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles (" + FormatReaders.SUPPORTED + ")", "*.txt", "*.md",
                        "*.markdown", "*.html", "*.htm", "*.json", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(stage);
        if (chosen != null && !chosen.isEmpty()) {
            importFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    /** Files dropped anywhere on the window are imported. */
    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles();
            if (done) {
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                Platform.runLater(() -> importFiles(files));
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private void chooseStore() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a Dossier store folder");
        Path current = state.session().storeDirProperty().get();
        if (current != null && current.toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toFile());
        }
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            state.session().open(dir.toPath());
        }
    }
}
