package org.dossier.app;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.dossier.ui.AppState;

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
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // This pulse's layout is done; the frame is drawn before the next queued runnable runs.
            Platform.runLater(() -> {
                long ms = ProcessHandle.current().info().startInstant()
                        .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
                System.err.println("dossier: first frame with data after " + ms + " ms");
                System.exit(0);
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
