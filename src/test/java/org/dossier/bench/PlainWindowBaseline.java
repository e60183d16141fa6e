package org.dossier.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for start-up: a plain JavaFX window with one label that exits right after its first frame,
 * exactly as Dossier does with -Ddossier.exitAfterFirstFrame=true. Run by src/test/bench/startup.sh.
 */
public final class PlainWindowBaseline {

    private PlainWindowBaseline() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window itself. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("Hello"), 400, 200);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> {
                    long ms = ProcessHandle.current().info().startInstant()
                            .map(s -> Duration.between(s, Instant.now()).toMillis()).orElse(-1L);
                    System.err.println("baseline: first frame after " + ms + " ms");
                    System.exit(0);
                });
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setScene(scene);
            stage.show();
        }
    }
}
