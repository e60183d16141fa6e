package org.dossier.app;

import java.time.Duration;
import java.time.Instant;
import javafx.scene.Scene;
import org.dossier.ui.FirstFrame;
import org.dossier.ui.state.StoreSession;

/**
 * Exits right after the first frame with data has been drawn, printing how long that took: the loaded store,
 * or for a large store the first part of it, when its article list can already be used.
 */
final class FirstFrameExit {

    private FirstFrameExit() {
    }

    /**
     * With {@code -Ddossier.exitAfterFirstFrame=loaded}, waits for the whole store rather than its first part;
     * with {@code -Ddossier.reportStalls=true}, also says how long the window went without a frame until then.
     */
    static void install(Scene scene, StoreSession state) {
        if (Boolean.getBoolean("dossier.reportStalls")) {
            StallMonitor stalls = new StallMonitor();
            FirstFrame.after(scene, stalls::start); // from the first frame on: start-up is timed on its own
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("dossier: " + stalls.report())));
        }
        if (hasData(state)) {
            exitAfterNextLayout(scene, state);
            return;
        }
        javafx.beans.InvalidationListener[] listener = {null};
        listener[0] = o -> {
            if (hasData(state)) {
                state.loadedProperty().removeListener(listener[0]);
                state.loadingProperty().removeListener(listener[0]);
                state.knowledgeBaseProperty().removeListener(listener[0]);
                exitAfterNextLayout(scene, state);
            }
        };
        state.loadedProperty().addListener(listener[0]);
        state.loadingProperty().addListener(listener[0]);
        state.knowledgeBaseProperty().addListener(listener[0]);
    }

    private static boolean hasData(StoreSession state) {
        if ("loaded".equals(System.getProperty("dossier.exitAfterFirstFrame"))) {
            return state.loadedProperty().get() && !state.loadingProperty().get();
        }
        return state.loadedProperty().get()
                || (state.knowledgeBase() != null && !state.knowledgeBase().articles().isEmpty());
    }

    private static void exitAfterNextLayout(Scene scene, StoreSession state) {
        FirstFrame.after(scene, () -> {
            long ms = ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
            System.err.println("dossier: first frame with data after " + ms + " ms ("
                    + state.knowledgeBase().articles().size() + " articles"
                    + (state.loadedProperty().get() ? ")" : " so far; still loading)"));
            System.exit(0);
        });
    }
}
