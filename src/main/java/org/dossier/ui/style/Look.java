package org.dossier.ui.style;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Puts the window in its theme: AtlantaFX's Primer Light or Primer Dark as the user-agent stylesheet, with Dossier's
 * stylesheets on top. Every stage the application opens, the main window and each dialog alike, gets the theme's
 * stylesheets as it appears, so that no dialog has to remember to ask for them; popups (menus, the preview card, the
 * search results) take them from the window they belong to. The user-agent stylesheet is one for the whole
 * application, so the theme is too. Called on the FX thread.
 */
public final class Look {

    private static boolean dark;
    private static boolean watching;

    private Look() {
    }

    /** Draws every window, open or still to come, in the light or the dark theme. */
    public static void apply(boolean darkTheme) {
        dark = darkTheme;
        Application.setUserAgentStylesheet(darkTheme ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        if (!watching) {
            watching = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(Look::dress);
                }
            });
        }
        Window.getWindows().forEach(Look::dress);
    }

    /** Whether the dark theme is the one applied. */
    public static boolean dark() {
        return dark;
    }

    /** Gives a scene the theme's stylesheets in place of the other theme's; its other stylesheets stay. */
    public static void dress(Scene scene) {
        scene.getStylesheets().removeAll(Css.stylesheets(true));
        scene.getStylesheets().addAll(Css.stylesheets(dark));
    }

    private static void dress(Window window) {
        // Popups copy the stylesheets of the window they belong to when they show.
        if (window instanceof Stage && window.getScene() != null) {
            dress(window.getScene());
        }
    }
}
