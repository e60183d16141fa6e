package org.dossier.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something once, right after a scene's next frame has been laid out and drawn. */
public final class FirstFrame {

    private FirstFrame() {
    }

    public static void after(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // This pulse's layout is done; the frame is drawn before the next queued runnable runs.
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
