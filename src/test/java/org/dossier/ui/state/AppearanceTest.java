package org.dossier.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.Preferences;
import org.dossier.ui.MemoryPreferences;
import org.junit.jupiter.api.Test;

/** The theme and text size a reader picks, remembered in the preferences node the window is given. */
class AppearanceTest {

    private final Preferences node = new MemoryPreferences();

    @Test
    void with_nothing_remembered_the_theme_follows_the_system_and_is_light_until_the_system_says_dark() {
        Appearance a = new Appearance(() -> node, null);
        assertEquals(Appearance.Theme.SYSTEM, a.themeProperty().get());
        assertFalse(a.darkProperty().get());
        a.systemSays(true);
        assertTrue(a.darkProperty().get());
        a.choose(Appearance.Theme.LIGHT);
        assertFalse(a.darkProperty().get(), "a theme picked by name does not follow the system");
    }

    @Test
    void a_theme_picked_is_remembered_and_one_given_for_a_run_is_not() {
        new Appearance(() -> node, null).choose(Appearance.Theme.DARK);
        assertTrue(new Appearance(() -> node, null).darkProperty().get());
        Appearance forOneRun = new Appearance(() -> node, Appearance.Theme.LIGHT);
        assertFalse(forOneRun.darkProperty().get());
        assertEquals("dark", node.get("theme", null), "--theme light did not replace the choice");
    }

    @Test
    void text_size_steps_up_and_down_within_its_bounds_and_is_remembered() {
        Appearance a = new Appearance(() -> node, null);
        a.larger();
        a.larger();
        assertEquals(125, a.textSizeProperty().get());
        assertEquals(125, new Appearance(() -> node, null).textSizeProperty().get());
        for (int i = 0; i < 20; i++) {
            a.smaller();
        }
        assertEquals(80, a.textSizeProperty().get(), "never smaller than the smallest");
        a.normalSize();
        assertEquals(100, a.textSizeProperty().get());
    }

    @Test
    void a_remembered_size_that_is_not_offered_becomes_the_nearest_that_is() {
        node.putInt("textSize", 131);
        assertEquals(125, new Appearance(() -> node, null).textSizeProperty().get());
        node.put("theme", "sepia");
        assertEquals(Appearance.Theme.SYSTEM, new Appearance(() -> node, null).themeProperty().get());
    }
}
