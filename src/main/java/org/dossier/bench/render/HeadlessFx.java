package org.dossier.bench.render;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import org.dossier.ui.ToolkitWarnings;

/**
 * The JavaFX toolkit without a display: Monocle's headless platform with software rendering, as the GUI tests
 * use it. Work is handed to the FX thread and waited for. The toolkit is shut down on close only if it was
 * started here, so that a toolkit someone else runs (the tests') keeps running.
 */
final class HeadlessFx implements AutoCloseable {

    /** The toolkit could not be started; the message says why. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    private static final String ALREADY_RUNNING = "Toolkit already initialized";

    private final boolean startedHere;

    private HeadlessFx(boolean startedHere) {
        this.startedHere = startedHere;
    }

    /**
     * Starts the toolkit headless, or joins the one already running. Properties given on the command line
     * ({@code -Dglass.platform=...}) are left as they are.
     */
    static HeadlessFx start() throws Unavailable {
        setUnlessGiven("glass.platform", "Monocle");
        setUnlessGiven("monocle.platform", "Headless");
        setUnlessGiven("prism.order", "sw");
        ToolkitWarnings.quietClassPathWarning();
        try {
            Platform.startup(() -> { });
            return new HeadlessFx(true);
        } catch (IllegalStateException e) {
            if (ALREADY_RUNNING.equals(e.getMessage())) {
                return new HeadlessFx(false);
            }
            throw new Unavailable("the JavaFX toolkit cannot start: " + e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            throw new Unavailable("the JavaFX toolkit cannot start: " + e);
        }
    }

    private static void setUnlessGiven(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    <T> T call(Callable<T> work) throws ExecutionException, InterruptedException {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    @Override
    public void close() {
        if (startedHere) {
            Platform.exit();
        }
    }
}
