package org.dossier.app;

import java.time.Duration;
import java.time.Instant;
import javafx.scene.Scene;
import org.dossier.ui.AppState;
import org.dossier.ui.FirstFrame;

/** Exits right after the first frame with the loaded store has been drawn, printing how long that took. */
final class FirstFrameExit {

    private FirstFrameExit() {
    }

    static void install(Scene scene, AppState state) {
        if (state.loadedProperty().get()) {
            exitAfterNextLayout(scene);
            return;
        }
        state.loadedProperty().addListener((o, was, loaded) -> {
            if (loaded) {
                exitAfterNextLayout(scene);
            }
        });
    }

    private static void exitAfterNextLayout(Scene scene) {
        FirstFrame.after(scene, () -> {
            long ms = ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
            System.err.println("dossier: first frame with data after " + ms + " ms");
            System.exit(0);
        });
    }
}
