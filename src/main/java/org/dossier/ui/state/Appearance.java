package org.dossier.ui.state;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * How the window looks to this reader: the theme chosen (light, dark, or the system's), whether that makes it dark
 * now, and the size of the reading text. Both choices are remembered in the preferences node given; a theme given on
 * the command line holds for one run and is not remembered, until the reader picks one in the menu.
 */
public final class Appearance {

    /** The themes a reader can pick (View › Theme, {@code --theme}). */
    public enum Theme {
        LIGHT, DARK, SYSTEM;

        /** "light", "dark" or "system", in any case; empty for anything else. */
        public static Optional<Theme> parse(String word) {
            for (Theme t : values()) {
                if (t.name().equalsIgnoreCase(word == null ? "" : word.strip())) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The text sizes offered, in percent of the normal size; Ctrl+= and Ctrl+- step through them. */
    static final int[] TEXT_SIZES = {80, 90, 100, 110, 125, 140, 160, 180, 200};
    public static final int NORMAL_SIZE = 100;

    static final String THEME_KEY = "theme";
    static final String TEXT_SIZE_KEY = "textSize";

    private final Supplier<Preferences> node;
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final ReadOnlyIntegerWrapper textSize = new ReadOnlyIntegerWrapper(this, "textSize", NORMAL_SIZE);
    /** What the system said about itself; light until it has said anything. */
    private boolean systemDark;

    /**
     * @param node     where the choices are remembered
     * @param forOneRun a theme given on the command line, or null to use the remembered one (the system's when
     *                  nothing is remembered)
     */
    public Appearance(Supplier<Preferences> node, Theme forOneRun) {
        this.node = node;
        Theme remembered = Theme.parse(node.get().get(THEME_KEY, "")).orElse(Theme.SYSTEM);
        theme.set(forOneRun != null ? forOneRun : remembered);
        textSize.set(nearestSize(node.get().getInt(TEXT_SIZE_KEY, NORMAL_SIZE)));
        theme.addListener((o, was, now) -> updateDark());
        updateDark();
    }

    /** The reader picked a theme: shown now and remembered. */
    public void choose(Theme chosen) {
        node.get().put(THEME_KEY, chosen.word());
        theme.set(chosen);
    }

    /** What the system prefers, once it is known; it matters while the theme follows the system. */
    public void systemSays(boolean isDark) {
        systemDark = isDark;
        updateDark();
    }

    private void updateDark() {
        dark.set(theme.get() == Theme.DARK || theme.get() == Theme.SYSTEM && systemDark);
    }

    /** The next larger text size (Ctrl+=); the largest stays. */
    public void larger() {
        setTextSize(step(1));
    }

    /** The next smaller text size (Ctrl+-); the smallest stays. */
    public void smaller() {
        setTextSize(step(-1));
    }

    /** The normal text size (Ctrl+0). */
    public void normalSize() {
        setTextSize(NORMAL_SIZE);
    }

    private int step(int by) {
        int at = 0;
        while (at < TEXT_SIZES.length && TEXT_SIZES[at] != textSize.get()) {
            at++;
        }
        return TEXT_SIZES[Math.max(0, Math.min(TEXT_SIZES.length - 1, at + by))];
    }

    private void setTextSize(int percent) {
        node.get().putInt(TEXT_SIZE_KEY, percent);
        textSize.set(percent);
    }

    /** A remembered size that is not one of ours (an older version, a hand edit) becomes the nearest one. */
    private static int nearestSize(int percent) {
        int best = NORMAL_SIZE;
        for (int size : TEXT_SIZES) {
            if (Math.abs(size - percent) < Math.abs(best - percent)) {
                best = size;
            }
        }
        return best;
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** Whether the window is drawn dark now. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** The reading text's size in percent of the normal size. */
    public ReadOnlyIntegerProperty textSizeProperty() {
        return textSize.getReadOnlyProperty();
    }
}
