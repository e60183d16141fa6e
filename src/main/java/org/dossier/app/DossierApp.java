package org.dossier.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.dossier.cli.WindowOptions;
import org.dossier.platform.Logging;
import org.dossier.platform.UserFolders;
import org.dossier.ui.MainWindow;
import org.dossier.ui.ToolkitWarnings;
import org.dossier.ui.dialog.FailureDialog;
import org.dossier.ui.state.AppState;
import org.dossier.ui.state.Appearance;
import org.dossier.ui.state.Background;
import org.dossier.ui.state.StoreLoading;
import org.dossier.ui.style.SystemTheme;
import org.dossier.ui.workspace.Workspace;

/**
 * The JavaFX application: shows the window at once, then loads the store in the background.
 * With {@code -Ddossier.exitAfterFirstFrame=true} it exits (code 0) right after the first frame that shows
 * the loaded store, so start-up can be timed from outside.
 */
public final class DossierApp extends Application {

    private static final ExecutorService IO = Executors.newSingleThreadExecutor(Background.daemon("dossier-store-io"));
    private static volatile StoreLoading pending;
    private static volatile CompletableFuture<Workspace> workspace;
    private static volatile Appearance.Theme themeForThisRun;

    /**
     * Opens the window on the store of {@code options} (none given: on the store {@link StartStore} chooses) and
     * returns when the window is closed. The store is read while the toolkit starts, so that the first frame usually
     * has the data in it; the desktop is asked meanwhile whether it is dark, so that a window that follows it opens in
     * its theme.
     */
    public static void open(WindowOptions options) {
        Logging.startInBackground(UserFolders.ofThisUser().logs());
        // Reading the user's preferences takes 0.1 s: on a thread of its own, waited for only to choose the store.
        workspace = CompletableFuture.supplyAsync(DossierApp::readWorkspace, Executors.newSingleThreadExecutor(
                Background.daemon("dossier-workspace")));
        pending = StoreLoading.start(StartStore.choose(options.dataDir(), () -> workspace.join().lastStore()), IO);
        themeForThisRun = Appearance.Theme.parse(options.theme()).orElse(null);
        if (themeForThisRun == null || themeForThisRun == Appearance.Theme.SYSTEM) {
            SystemTheme.isDark(); // the remembered theme may follow the system
        }
        ToolkitWarnings.quietClassPathWarning();
        Application.launch(DossierApp.class);
    }

    private static Workspace readWorkspace() {
        Workspace read = new Workspace(Preferences.userRoot().node("org/dossier/workspace"));
        read.placement(); // reads the node's file now, not when the window is being made
        return read;
    }

    @Override
    public void start(Stage stage) {
        AppState state = new AppState(Background.forWindow(IO));
        // Usually read by now: the views are then built once, with the data, instead of twice.
        state.session().open(pending);
        MainWindow window = new MainWindow(stage, state, () -> Preferences.userRoot().node("org/dossier"),
                workspace.join(), folder -> getHostServices().showDocument(folder.toUri().toString()), themeForThisRun);
        FailureDialog.install(() -> stage, Logging::file);
        String exitAfter = System.getProperty("dossier.exitAfterFirstFrame", "false");
        if (exitAfter.equals("true") || exitAfter.equals("loaded")) {
            FirstFrameExit.install(window.scene(), state.session());
        }
        stage.show();
    }

    @Override
    public void stop() {
        IO.shutdownNow();
    }
}
