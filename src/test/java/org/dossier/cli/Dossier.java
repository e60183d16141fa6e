package org.dossier.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.bench.render.RenderTiming;

/**
 * Runs the command line as a user would type it, capturing everything it says and any window it opens; with the
 * window's layout measure, as the launcher hands it in.
 */
final class Dossier {

    /**
     * What one run gave. {@code windows} holds the store folders the window was opened on, {@code themes} the theme
     * each was asked for (null where none was).
     */
    record Run(int exitCode, String out, String err, List<Path> windows, List<String> themes) {

        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Dossier() {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<WindowOptions> windows = new ArrayList<>();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), windows::add, new RenderTiming());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                windows.stream().map(WindowOptions::dataDir).toList(),
                windows.stream().map(WindowOptions::theme).toList());
    }
}
