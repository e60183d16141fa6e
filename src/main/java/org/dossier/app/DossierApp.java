package org.dossier.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.stage.Stage;
import org.dossier.platform.Logging;
import org.dossier.platform.UserFolders;
import org.dossier.ui.AppState;
import org.dossier.ui.MainWindow;
import org.dossier.ui.StoreLoading;

/**
 * The JavaFX application: shows the window at once, then loads the store in the background.
 * With {@code -Ddossier.exitAfterFirstFrame=true} it exits (code 0) right after the first frame that shows
 * the loaded store, so start-up can be timed from outside.
 */
public final class DossierApp extends Application {

    private static final ExecutorService IO = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-store-io");
        t.setDaemon(true);
        return t;
    });
    private static volatile StoreLoading pending;

    /**
     * Opens the window on {@code dir} (null: on the store {@link StartStore} chooses) and returns when the window is
     * closed. The store is read while the toolkit starts, so that the first frame usually has the data in it.
     */
    public static void open(Path dir) {
        Logging.startInBackground(UserFolders.ofThisUser().logs());
        pending = StoreLoading.start(StartStore.choose(dir), IO);
        Application.launch(DossierApp.class);
    }

    @Override
    public void start(Stage stage) {
        AppState state = new AppState(IO);
        // Usually read by now: the views are then built once, with the data, instead of twice.
        state.open(pending);
        MainWindow window = new MainWindow(stage, state);
        String exitAfter = System.getProperty("dossier.exitAfterFirstFrame", "false");
        if (exitAfter.equals("true") || exitAfter.equals("loaded")) {
            FirstFrameExit.install(window.scene(), state);
        }
        stage.show();
    }

    @Override
    public void stop() {
        IO.shutdownNow();
    }
}
