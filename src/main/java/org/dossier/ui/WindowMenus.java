package org.dossier.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.dossier.ui.dialog.Dialogs;
import org.dossier.ui.exchange.ExchangeMenus;
import org.dossier.ui.state.AppState;
import org.dossier.ui.state.Appearance;
import org.dossier.ui.state.EditHistory;
import org.dossier.ui.state.NavigationHistory;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Css;
import org.dossier.ui.workspace.WorkspaceMenus;

/** The window's menus; each command is the state's, or one of the window's own {@link Actions}. */
final class WindowMenus {

    /** What the menus ask of the window itself (choosers, popups and dialogs it owns). */
    record Actions(Runnable openStore, Runnable importFiles, Runnable focusSearch, Runnable quickSwitch,
                   Runnable findPath, Runnable quit) {
    }

    /** Help › Keyboard Shortcuts: the keys, and what they do. */
    static final List<List<String>> SHORTCUTS = List.of(
            List.of("Alt+Left, mouse Back button", "Back"),
            List.of("Alt+Right, mouse Forward button", "Forward"),
            List.of("Alt+Home", "Overview of the store"),
            List.of("Tab, Shift+Tab", "Move between links in the text"),
            List.of("Enter or Space on a link", "Open its entity"),
            List.of("Ctrl+F", "Search articles and entities"),
            List.of("Enter, Shift+Enter (in Search)", "Next, previous match in the article"),
            List.of("F3, Shift+F3", "Next, previous match in the article"),
            List.of("Esc (in Search)", "Close the results, then clear the search"),
            List.of("Ctrl+K", "Go to an entity or article by name"),
            List.of("Ctrl+P", "Find how two entities are connected"),
            List.of("Ctrl+G", "Graph of the article or entity shown"),
            List.of("Ctrl+Z, Ctrl+Shift+Z", "Undo, redo an edit"),
            List.of("Ctrl+I, or drop files on the window", "Import articles"),
            List.of("Ctrl+N", "Make a new, empty store"),
            List.of("Ctrl+O", "Open another store"),
            List.of("Ctrl+Shift+B", "Show or hide the entity sidebar"),
            List.of("F5", "Reload the store from disk"),
            List.of("Ctrl+=, Ctrl+-, Ctrl+0", "Larger, smaller, normal reading text"),
            List.of("Ctrl+Shift+P", "Show or hide the Problems view"),
            List.of("Ctrl+Shift+S", "Suggestions: names that may be entities"),
            List.of("Ctrl+Shift+T", "Timeline of everything dated"),
            List.of("F10, or Alt and a menu's letter", "The menus, from the keyboard"),
            List.of("Ctrl+Q", "Quit"));

    private WindowMenus() {
    }

    /**
     * @param showProblems whether the Problems view is shown; the View menu's item follows it both ways
     * @param exchange     the exports and the import of entity lists
     * @param remembered   the items of the remembered workspace and the log
     * @param appearance   the theme and the reading text size (View › Theme, View › Text Size)
     */
    static MenuBar of(AppState state, Actions actions, ExchangeMenus exchange, BooleanProperty showProblems,
                      Dialogs dialogs, WorkspaceMenus.Items remembered, Appearance appearance) {
        Menu view = view(state, showProblems, remembered);
        view.getItems().addAll(new SeparatorMenuItem(), AppearanceMenus.theme(appearance));
        view.getItems().addAll(AppearanceMenus.textSize(appearance));
        MenuBar bar = new MenuBar(file(state, actions, exchange, remembered), edit(state, actions), go(state, actions),
                view, help(state, dialogs, remembered));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu file(AppState state, Actions actions, ExchangeMenus exchange, WorkspaceMenus.Items remembered) {
        MenuItem open = item("Open Store…", actions.openStore(), KeyCode.O, KeyCombination.SHORTCUT_DOWN);
        MenuItem importItem = item("Import Articles…", actions.importFiles(), KeyCode.I, KeyCombination.SHORTCUT_DOWN);
        importItem.disableProperty().bind(state.session().loadingProperty());
        MenuItem reload = item("Reload Store", state.session()::reload, KeyCode.F5);
        reload.disableProperty().bind(state.session().loadingProperty());
        MenuItem quit = item("Quit", actions.quit(), KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
        return new Menu("_File", null, remembered.newStore(), open, remembered.openRecent(), importItem,
                exchange.importEntitiesItem(), exchange.exportMenu(), reload,
                new SeparatorMenuItem(), quit);
    }

    private static Menu edit(AppState state, Actions actions) {
        EditHistory history = state.edits().history();
        MenuItem undo = item(null, state.edits()::undo, KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        undo.textProperty().bind(history.undoLabelProperty());
        undo.disableProperty().bind(history.canUndoProperty().not());
        MenuItem redo = item(null, state.edits()::redo, KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN);
        redo.textProperty().bind(history.redoLabelProperty());
        redo.disableProperty().bind(history.canRedoProperty().not());
        MenuItem find = item("Search…", actions.focusSearch(), KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        MenuItem findNext = item("Next Match", state.hits()::next, KeyCode.F3);
        MenuItem findPrevious = item("Previous Match", state.hits()::previous, KeyCode.F3, KeyCombination.SHIFT_DOWN);
        return new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), find, findNext, findPrevious);
    }

    private static Menu go(AppState state, Actions actions) {
        NavigationHistory history = state.navigation().history();
        MenuItem back = item("Back", history::back, KeyCode.LEFT, KeyCombination.ALT_DOWN);
        back.disableProperty().bind(history.canGoBackProperty().not());
        MenuItem forward = item("Forward", history::forward, KeyCode.RIGHT, KeyCombination.ALT_DOWN);
        forward.disableProperty().bind(history.canGoForwardProperty().not());
        MenuItem overview = item("Overview", () -> state.navigation().go(new Place.Start()), KeyCode.HOME,
                KeyCombination.ALT_DOWN);
        MenuItem quick = item("Go to Entity or Article…", actions.quickSwitch(), KeyCode.K,
                KeyCombination.SHORTCUT_DOWN);
        MenuItem path = item("Find a Path Between Two Entities…", actions.findPath(), KeyCode.P,
                KeyCombination.SHORTCUT_DOWN);
        MenuItem graph = item("Graph of This Page", () -> graphOf(state.navigation().current())
                .ifPresent(state.navigation()::go), KeyCode.G, KeyCombination.SHORTCUT_DOWN);
        graph.disableProperty().bind(Bindings.createBooleanBinding(
                () -> graphOf(history.current()).isEmpty(), history.currentProperty()));
        return new Menu("_Go", null, back, forward, new SeparatorMenuItem(), overview, quick, path, graph);
    }

    /** The graph of the article or entity shown, if that is what is shown. */
    private static Optional<Place> graphOf(Place place) {
        if (place instanceof Place.ArticlePage a) {
            return Optional.of(new Place.ArticleGraph(a.articleId()));
        }
        return place instanceof Place.EntityPage e ? Optional.of(new Place.Graph(e.entityId())) : Optional.empty();
    }

    private static Menu view(AppState state, BooleanProperty showProblems, WorkspaceMenus.Items remembered) {
        CheckMenuItem problems = new CheckMenuItem("Problems");
        problems.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        problems.selectedProperty().bindBidirectional(showProblems);
        MenuItem suggestions = item("Suggestions", () -> state.navigation().go(new Place.Suggestions()), KeyCode.S,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
        MenuItem timeline = item("Timeline", () -> state.navigation().go(new Place.TimelinePage(null)), KeyCode.T,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
        return new Menu("_View", null, remembered.sidebar(), problems, suggestions, timeline);
    }

    private static Menu help(AppState state, Dialogs dialogs, WorkspaceMenus.Items remembered) {
        MenuItem keys = item("Keyboard Shortcuts", () -> dialogs.table("Keyboard shortcuts", SHORTCUTS,
                Css.SHORTCUT_KEYS, Css.SHORTCUT_ACTION), KeyCode.F1);
        MenuItem about = new MenuItem("About Dossier");
        about.setOnAction(e -> dialogs.info("About Dossier", "Dossier turns a folder of news articles into a linked "
                + "knowledge base: every person, country, organisation, agreement and event is a link, and every "
                + "relation cites the sentence that states it.\n\nStore: " + state.session().storeDirProperty().get()));
        return new Menu("_Help", null, keys, remembered.openLogFolder(), about);
    }

    static MenuItem item(String text, Runnable action, KeyCode key, KeyCombination.Modifier... modifiers) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(new KeyCodeCombination(key, modifiers));
        item.setOnAction(e -> action.run());
        return item;
    }
}
