package org.dossier.app;

import java.util.Optional;
import org.dossier.bench.LayoutMeasure;
import org.dossier.bench.render.RenderTiming;
import org.dossier.cli.CommandLine;
import org.dossier.cli.WindowOptions;

/**
 * The program's entry point. It does not extend Application, so the runnable jar starts JavaFX from the
 * class path; subcommands ({@code check}, {@code list}, ...) run without starting JavaFX at all. Here the command
 * line, which knows no JavaFX, is handed what needs it: the window, and the layout measure of {@code bench}.
 */
public final class Launcher {

    /** Made only when {@code bench} lays out: the other commands do not even load the JavaFX classes it names. */
    private static final LayoutMeasure LAYOUT = (loaded, article, cacheRoot, phase) ->
            new RenderTiming().measure(loaded, article, cacheRoot, phase);

    private Launcher() {
    }

    /** Opens the window, in a faster second JVM where one can be had ({@link FastRelaunch}), else in this one. */
    private static void openWindow(WindowOptions options) {
        Optional<Integer> relaunched = FastRelaunch.ofThisJvm().flatMap(FastRelaunch::run);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        DossierApp.open(options);
    }

    public static void main(String[] args) {
        System.exit(CommandLine.run(args, System.out, System.err, Launcher::openWindow, LAYOUT));
    }
}
