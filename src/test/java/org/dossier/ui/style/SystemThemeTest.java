package org.dossier.ui.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What each desktop says about its theme, read as the desktop's own tools print it; no answer is light. */
class SystemThemeTest {

    private final List<List<String>> asked = new ArrayList<>();

    private Function<List<String>, Optional<String>> answers(Map<String, String> byLastWord) {
        return command -> {
            asked.add(command);
            return Optional.ofNullable(byLastWord.get(command.get(command.size() - 1)));
        };
    }

    @Test
    void gnome_that_prefers_dark_is_dark() {
        assertTrue(SystemTheme.isDark("Linux", Map.of(), answers(Map.of("color-scheme", "'prefer-dark'\n"))));
    }

    @Test
    void gnome_that_prefers_light_is_light_whatever_its_gtk_theme_is_called() {
        assertFalse(SystemTheme.isDark("Linux", Map.of(), answers(Map.of("color-scheme", "'prefer-light'\n",
                "gtk-theme", "'Yaru-dark'\n"))));
    }

    @Test
    void a_gtk_theme_named_dark_is_dark_when_the_colour_scheme_says_nothing() {
        assertTrue(SystemTheme.isDark("Linux", Map.of(), answers(Map.of("color-scheme", "'default'\n",
                "gtk-theme", "'Arc-Dark'\n"))));
        assertFalse(SystemTheme.isDark("Linux", Map.of(), answers(Map.of("gtk-theme", "'Adwaita'\n"))));
    }

    @Test
    void gtk_theme_in_the_environment_is_read_before_asking_gsettings() {
        assertTrue(SystemTheme.isDark("Linux", Map.of("GTK_THEME", "Adwaita:dark"), answers(Map.of())));
        assertTrue(asked.isEmpty(), "nothing is run when the environment says it: " + asked);
    }

    @Test
    void windows_apps_use_light_theme_zero_is_dark() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertTrue(SystemTheme.isDark("Windows 11", Map.of(), answers(Map.of("AppsUseLightTheme", dark))));
        assertFalse(SystemTheme.isDark("Windows 11", Map.of(), answers(Map.of("AppsUseLightTheme",
                dark.replace("0x0", "0x1")))));
    }

    @Test
    void macos_dark_interface_style_is_dark_and_a_missing_key_is_light() {
        assertTrue(SystemTheme.isDark("Mac OS X", Map.of(), answers(Map.of("AppleInterfaceStyle", "Dark\n"))));
        assertFalse(SystemTheme.isDark("Mac OS X", Map.of(), answers(Map.of())), "defaults fails in light mode");
    }

    @Test
    void a_desktop_that_answers_nothing_is_light() {
        assertFalse(SystemTheme.isDark("Linux", Map.of(), answers(Map.of())));
        assertEquals(2, asked.size(), "the colour scheme, then the GTK theme's name: " + asked);
        assertFalse(SystemTheme.isDark("FreeBSD", Map.of(), answers(Map.of())));
    }
}
