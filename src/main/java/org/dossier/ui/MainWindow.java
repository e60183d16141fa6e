package org.dossier.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.dossier.importer.FormatReaders;
import org.dossier.model.Plural;
import org.dossier.ui.articles.ArticleListView;
import org.dossier.ui.exchange.ExchangeMenus;
import org.dossier.ui.graph.PathPage;
import org.dossier.ui.importer.ImportFlow;
import org.dossier.ui.nav.NavigationHistory;
import org.dossier.ui.nav.Place;
import org.dossier.ui.problems.ProblemsView;
import org.dossier.ui.reader.ArticleView;
import org.dossier.ui.search.QuickSwitcher;
import org.dossier.ui.search.SearchBox;
import org.dossier.ui.sidebar.EntitySidebar;
import org.dossier.ui.style.Icons;

/**
 * The main window: menus and a toolbar with Back, Forward and where you are; the article list, the page
 * and the entity sidebar side by side; the Problems view below when the store has problems.
 */
public final class MainWindow {

    public static final String STYLESHEET = "/org/dossier/ui/dossier.css";

    private final AppState state;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final SplitPane vertical = new SplitPane();
    private ProblemsView problems;
    private final ToggleButton problemsToggle = new ToggleButton();
    private final CenterPane center;
    private final SearchBox search;
    private QuickSwitcher switcher;
    private final ExchangeMenus exchange;

    public MainWindow(Stage stage, AppState state) {
        this.stage = stage;
        this.state = state;
        this.exchange = new ExchangeMenus(stage, state);
        root.setId("mainWindow");

        this.center = new CenterPane(state, this::chooseStore);
        this.search = new SearchBox(state, new SearchBox.Hits() {
            @Override
            public void next() {
                withArticle(ArticleView::nextHit);
            }

            @Override
            public void previous() {
                withArticle(ArticleView::previousHit);
            }

            @Override
            public void clear() {
                withArticle(ArticleView::clearHits);
            }
        });

        SplitPane columns = new SplitPane(new ArticleListView(state), center, new EntitySidebar(state));
        columns.setDividerPositions(0.23, 0.77);
        columns.setId("columns");
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.getItems().add(columns);
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(vertical);
        root.setBottom(statusBar());

        problemsToggle.selectedProperty().addListener((o, was, show) -> showProblems(show));
        state.saveErrorProperty().addListener((o, was, message) -> {
            if (message != null) {
                error("The change was not saved", message);
            }
        });
        state.problemsProperty().addListener((o, was, list) -> problemsToggle.setSelected(!list.isEmpty()));

        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth() * 0.9), Math.min(900, screen.getHeight() * 0.9));
        scene.getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
        installNavigationKeys(scene, state.history());
        acceptDroppedFiles(scene);
        FirstFrame.after(scene, state::windowShown);
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.getIcons().setAll(Icons.app());
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            String name = state.knowledgeBaseProperty().get().name();
            return name.isEmpty() ? "Dossier" : "Dossier — " + name;
        }, state.knowledgeBaseProperty()));
    }

    private void withArticle(java.util.function.Consumer<ArticleView> action) {
        ArticleView view = center.article();
        if (view != null) {
            action.accept(view);
        }
    }

    /** File › Export and File › Import Entities (tests give them another way to choose files). */
    public ExchangeMenus exchange() {
        return exchange;
    }

    public Scene scene() {
        return stage.getScene();
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open Store…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseStore());
        MenuItem importItem = new MenuItem("Import Articles…");
        importItem.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        importItem.setOnAction(e -> chooseImportFiles());
        importItem.disableProperty().bind(state.loadingProperty());
        MenuItem reload = new MenuItem("Reload Store");
        reload.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        reload.setOnAction(e -> {
            if (state.storeDirProperty().get() != null) {
                state.open(state.storeDirProperty().get());
            }
        });
        reload.disableProperty().bind(state.loadingProperty());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("_File", null, open, importItem, exchange.importEntitiesItem(), exchange.exportMenu(),
                reload, new SeparatorMenuItem(), quit);

        MenuItem undo = new MenuItem();
        undo.textProperty().bind(state.edits().undoLabelProperty());
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.disableProperty().bind(state.edits().canUndoProperty().not());
        undo.setOnAction(e -> state.undo());
        MenuItem redo = new MenuItem();
        redo.textProperty().bind(state.edits().redoLabelProperty());
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.disableProperty().bind(state.edits().canRedoProperty().not());
        redo.setOnAction(e -> state.redo());
        MenuItem find = new MenuItem("Search…");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> search.focus());
        MenuItem findNext = new MenuItem("Next Match");
        findNext.setAccelerator(new KeyCodeCombination(KeyCode.F3));
        findNext.setOnAction(e -> withArticle(ArticleView::nextHit));
        MenuItem findPrevious = new MenuItem("Previous Match");
        findPrevious.setAccelerator(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN));
        findPrevious.setOnAction(e -> withArticle(ArticleView::previousHit));
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), find, findNext, findPrevious);

        MenuItem back = new MenuItem("Back");
        back.setAccelerator(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN));
        back.setOnAction(e -> state.history().back());
        back.disableProperty().bind(state.history().canGoBackProperty().not());
        MenuItem forward = new MenuItem("Forward");
        forward.setAccelerator(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN));
        forward.setOnAction(e -> state.history().forward());
        forward.disableProperty().bind(state.history().canGoForwardProperty().not());
        MenuItem overview = new MenuItem("Overview");
        overview.setAccelerator(new KeyCodeCombination(KeyCode.HOME, KeyCombination.ALT_DOWN));
        overview.setOnAction(e -> state.go(new Place.Start()));
        MenuItem quick = new MenuItem("Go to Entity or Article…");
        quick.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        quick.setOnAction(e -> {
            if (switcher == null) {
                switcher = new QuickSwitcher(state); // built on first use: start-up does not pay for it
            }
            switcher.show(stage);
        });
        MenuItem path = new MenuItem("Find a Path Between Two Entities…");
        path.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        path.setOnAction(e -> PathPage.ask(stage, state));
        Menu go = new Menu("_Go", null, back, forward, new SeparatorMenuItem(), overview, quick, path);

        CheckMenuItem showProblems = new CheckMenuItem("Problems");
        showProblems.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        showProblems.selectedProperty().bindBidirectional(problemsToggle.selectedProperty());
        MenuItem suggestions = new MenuItem("Suggestions");
        suggestions.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        suggestions.setOnAction(e -> state.go(new Place.Suggestions()));
        MenuItem timeline = new MenuItem("Timeline");
        timeline.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        timeline.setOnAction(e -> state.go(new Place.TimelinePage(null)));
        Menu view = new Menu("_View", null, showProblems, suggestions, timeline);

        MenuItem keys = new MenuItem("Keyboard Shortcuts");
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        keys.setOnAction(e -> info("Keyboard shortcuts", """
                Alt+Left, mouse Back button      Back
                Alt+Right, mouse Forward button  Forward
                Alt+Home                         Overview of the store
                Tab / Shift+Tab                  Move between links in the text
                Enter or Space on a link         Open its entity
                Ctrl+F                           Search articles and entities
                Enter, Shift+Enter (in Search)   Next, previous match in the article
                F3, Shift+F3                     Next, previous match in the article
                Esc (in Search)                  Close the results, then clear the search
                Ctrl+K                           Go to an entity or article by name
                Ctrl+P                           Find how two entities are connected
                Ctrl+Z, Ctrl+Shift+Z             Undo, redo an edit
                Ctrl+I, or drop files on the window   Import articles
                Ctrl+O                           Open another store
                F5                               Reload the store from disk
                Ctrl+Shift+P                     Show or hide the Problems view
                Ctrl+Shift+S                     Suggestions: names that may be entities
                Ctrl+Shift+T                     Timeline of everything dated
                Ctrl+Q                           Quit"""));
        MenuItem about = new MenuItem("About Dossier");
        about.setOnAction(e -> info("About Dossier", "Dossier turns a folder of news articles into a linked "
                + "knowledge base: every person, country, organisation, agreement and event is a link, and every "
                + "relation cites the sentence that states it.\n\nStore: " + state.storeDirProperty().get()));
        Menu help = new Menu("_Help", null, keys, about);
        MenuBar bar = new MenuBar(file, edit, go, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /**
     * An HBox styled as a tool bar rather than a ToolBar: a ToolBar moves what does not fit into an overflow
     * menu, which would hide the search field behind a long breadcrumb; here the breadcrumb shrinks instead.
     */
    private HBox toolBar() {
        Button back = new Button("◀  Back");
        back.setId("backButton");
        back.setTooltip(new Tooltip("Back (Alt+Left)"));
        back.disableProperty().bind(state.history().canGoBackProperty().not());
        back.setOnAction(e -> state.history().back());
        Button forward = new Button("Forward  ▶");
        forward.setId("forwardButton");
        forward.setTooltip(new Tooltip("Forward (Alt+Right)"));
        forward.disableProperty().bind(state.history().canGoForwardProperty().not());
        forward.setOnAction(e -> state.history().forward());
        Button home = new Button("Overview");
        home.setId("overviewButton");
        home.setTooltip(new Tooltip("Overview of the store (Alt+Home)"));
        home.setOnAction(e -> state.go(new Place.Start()));

        Label where = new Label();
        where.setId("breadcrumb");
        where.getStyleClass().add("breadcrumb");
        where.setMinWidth(0);
        where.textProperty().bind(Bindings.createStringBinding(
                () -> Breadcrumb.of(state.history().currentProperty().get(), state.knowledgeBaseProperty().get()),
                state.history().currentProperty(), state.knowledgeBaseProperty()));
        HBox.setHgrow(where, Priority.ALWAYS);
        where.setMaxWidth(Double.MAX_VALUE);

        problemsToggle.setId("problemsToggle");
        problemsToggle.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = state.problemsProperty().get().size();
            return "⚠  " + Plural.count(n, "problem", "problems");
        }, state.problemsProperty()));
        problemsToggle.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !state.problemsProperty().get().isEmpty(), state.problemsProperty()));
        problemsToggle.managedProperty().bind(problemsToggle.visibleProperty());
        problemsToggle.getStyleClass().add("problems-toggle");
        for (Region fixed : new Region[] {back, forward, home, search, problemsToggle}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(6, back, forward, home, where, search, problemsToggle);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tool-bar");
        bar.setId("toolbar");
        return bar;
    }

    private Region statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(state.statusProperty());
        Label store = new Label();
        store.textProperty().bind(Bindings.createStringBinding(() -> state.storeDirProperty().get() == null ? ""
                : String.valueOf(state.storeDirProperty().get()), state.storeDirProperty()));
        store.getStyleClass().add("muted");
        Label notice = new Label();
        notice.setId("notice");
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(state.noticeProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, status, notice, gap, store);
        // While a large store loads, its articles can already be read: a bar tells how far the rest is. Made
        // only when a store loads with the window up, so a start whose store is read already does not pay for it.
        Runnable addProgress = () -> {
            javafx.scene.control.ProgressBar loading = new javafx.scene.control.ProgressBar();
            loading.setId("statusProgress");
            loading.setPrefWidth(140);
            loading.progressProperty().bind(state.progressProperty());
            loading.visibleProperty().bind(state.loadingProperty());
            loading.managedProperty().bind(loading.visibleProperty());
            bar.getChildren().add(0, loading);
        };
        if (state.loadingProperty().get()) {
            addProgress.run();
        } else {
            state.loadingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        state.loadingProperty().removeListener(this);
                        addProgress.run();
                    }
                }
            });
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 10, 3, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void showProblems(boolean show) {
        if (show && problems == null) {
            problems = new ProblemsView(state);
        }
        if (show && !vertical.getItems().contains(problems)) {
            vertical.getItems().add(problems);
            vertical.setDividerPositions(0.74);
        } else if (!show && problems != null) {
            vertical.getItems().remove(problems);
        }
    }

    /** Alt+Left/Right come from the menu accelerators; the mouse's side buttons are handled here. */
    private static void installNavigationKeys(Scene scene, NavigationHistory history) {
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
    public void importFiles(java.util.List<Path> files) {
        new ImportFlow(stage, state).run(files);
    }

    private void chooseImportFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles (" + FormatReaders.SUPPORTED + ")", "*.txt", "*.md",
                        "*.markdown", "*.html", "*.htm", "*.json", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        java.util.List<File> chosen = chooser.showOpenMultipleDialog(stage);
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
                java.util.List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                Platform.runLater(() -> importFiles(files));
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private void chooseStore() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a Dossier store folder");
        Path current = state.storeDirProperty().get();
        if (current != null && current.toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toFile());
        }
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            state.open(dir.toPath());
        }
    }

    private void error(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().getStyleClass().add("info-dialog");
        alert.show();
    }
}
