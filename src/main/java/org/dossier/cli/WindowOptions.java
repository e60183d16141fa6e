package org.dossier.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * What the command line asks of the window it opens: the store folder, and a theme for this run only.
 *
 * @param theme "light", "dark" or "system" from {@code --theme}; null to use the one the window remembers
 */
public record WindowOptions(Path dataDir, String theme) {

    static final String THEME = "--theme";
    static final List<String> THEMES = List.of("light", "dark", "system");
}
