package org.dossier.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.dossier.model.Plural;
import org.dossier.ui.state.AppState;
import org.dossier.ui.state.NavigationHistory;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Css;

/**
 * Back, Forward, Overview, where the reader is, the search field, and the Problems toggle. An HBox styled as a tool
 * bar rather than a ToolBar: a ToolBar moves what does not fit into an overflow menu, which would hide the search
 * field behind a long breadcrumb; here the breadcrumb shrinks instead.
 */
final class WindowToolBar {

    private WindowToolBar() {
    }

    /** @param problemsToggle shows and hides the Problems view; made by the window, which also binds the menu to it */
    static HBox of(AppState state, Region search, ToggleButton problemsToggle) {
        NavigationHistory history = state.navigation().history();
        Button back = button("backButton", "◀  Back", "Back (Alt+Left)", history::back);
        back.disableProperty().bind(history.canGoBackProperty().not());
        Button forward = button("forwardButton", "Forward  ▶", "Forward (Alt+Right)", history::forward);
        forward.disableProperty().bind(history.canGoForwardProperty().not());
        Button home = button("overviewButton", "Overview", "Overview of the store (Alt+Home)",
                () -> state.navigation().go(new Place.Start()));

        Label where = new Label();
        where.setId("breadcrumb");
        where.getStyleClass().add(Css.BREADCRUMB);
        where.setMinWidth(0);
        where.textProperty().bind(Bindings.createStringBinding(
                () -> Breadcrumb.of(state.shown().place(), state.shown().knowledgeBase()), state.shownProperty()));
        HBox.setHgrow(where, Priority.ALWAYS);
        where.setMaxWidth(Double.MAX_VALUE);

        problemsToggle.setId("problemsToggle");
        problemsToggle.textProperty().bind(Bindings.createStringBinding(() -> "⚠  "
                + Plural.count(state.session().problemsProperty().get().size(), "problem", "problems"),
                state.session().problemsProperty()));
        problemsToggle.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !state.session().problemsProperty().get().isEmpty(), state.session().problemsProperty()));
        problemsToggle.managedProperty().bind(problemsToggle.visibleProperty());
        problemsToggle.getStyleClass().add(Css.PROBLEMS_TOGGLE);
        for (Region fixed : new Region[] {back, forward, home, search, problemsToggle}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(6, back, forward, home, where, search, problemsToggle);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Css.TOOL_BAR);
        bar.setId("toolbar");
        return bar;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
