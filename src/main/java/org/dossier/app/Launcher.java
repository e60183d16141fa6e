package org.dossier.app;

import java.nio.file.Path;

/**
 * The program's entry point. It does not extend Application, so the runnable jar starts JavaFX from the
 * class path; subcommands run without starting JavaFX at all.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length == 2 && args[0].equals("--data") ? args[1] : "data");
        DossierApp.open(dir);
        System.exit(0);
    }
}
