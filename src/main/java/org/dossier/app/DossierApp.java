package org.dossier.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.dossier.ui.AppState;
import org.dossier.ui.MainWindow;

/**
 * The JavaFX application: shows the window at once, then loads the store in the background.
 * With {@code -Ddossier.exitAfterFirstFrame=true} it exits (code 0) right after the first frame that shows
 * the loaded store, so start-up can be timed from outside.
 */
public final class DossierApp extends Application {

    private static volatile Path storeDir = Path.of("data");
    private ExecutorService io;

    /** Opens the window on {@code dir} and returns when the window is closed. */
    public static void open(Path dir) {
        storeDir = dir;
        Application.launch(DossierApp.class);
    }

    @Override
    public void start(Stage stage) {
        io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dossier-store-io");
            t.setDaemon(true);
            return t;
        });
        AppState state = new AppState(io);
        MainWindow window = new MainWindow(stage, state);
        if (Boolean.getBoolean("dossier.exitAfterFirstFrame")) {
            FirstFrameExit.install(window.scene(), state);
        }
        stage.show();
        state.open(storeDir);
    }

    @Override
    public void stop() {
        if (io != null) {
            io.shutdownNow();
        }
        Platform.exit();
    }
}
