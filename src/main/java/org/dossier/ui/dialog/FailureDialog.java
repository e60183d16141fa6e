package org.dossier.ui.dialog;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.dossier.platform.UncaughtExceptions;

/**
 * Shows an exception no code caught, on any thread, in a dialog owned by the window: what went wrong in a line, that
 * Dossier carries on, where the log with the details is, and the stack trace behind "Show Details". The exception has
 * been logged already ({@link UncaughtExceptions}). One dialog at a time: exceptions that follow while it is open
 * (one failure often sets off more) are counted in it instead of piling up dialogs.
 */
public final class FailureDialog {

    /** The dialog pane's id, for tests. */
    public static final String ID = "failureDialog";

    private final Supplier<Window> owner;
    private final Supplier<Path> logFile;
    private final BiConsumer<Thread, Throwable> listener = (thread, error) -> Platform.runLater(() -> show(thread, error));
    private Alert open;
    private int more;

    /** @param logFile gives the log file, or null when none is written */
    private FailureDialog(Supplier<Window> owner, Supplier<Path> logFile) {
        this.owner = owner;
        this.logFile = logFile;
    }

    /** Shows every uncaught exception from now on, until {@link #close()}. */
    public static FailureDialog install(Supplier<Window> owner, Supplier<Path> logFile) {
        FailureDialog dialog = new FailureDialog(owner, logFile);
        UncaughtExceptions.install();
        UncaughtExceptions.listen(dialog.listener);
        return dialog;
    }

    /** Stops showing exceptions (the window closed). */
    public void close() {
        UncaughtExceptions.stopListening(listener);
    }

    void show(Thread thread, Throwable error) {
        if (open != null) {
            more++;
            open.setContentText(text(error) + "\n\n" + more + (more == 1 ? " more error" : " more errors")
                    + " followed; the log has each.");
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, text(error));
        alert.initOwner(owner.get());
        alert.setTitle("Dossier");
        alert.setHeaderText("Something went wrong");
        alert.getDialogPane().setId(ID);
        TextArea trace = new TextArea("In thread '" + thread.getName() + "':\n" + stackTrace(error));
        trace.setEditable(false);
        trace.setId(ID + "Detail");
        alert.getDialogPane().setExpandableContent(trace);
        alert.setOnHidden(e -> {
            open = null;
            more = 0;
        });
        open = alert;
        alert.show();
    }

    private String text(Throwable error) {
        String what = error.getMessage() == null || error.getMessage().isBlank() ? error.getClass().getSimpleName()
                : error.getMessage();
        Path file = logFile.get();
        String log = file == null ? "No log file is written; the details are below."
                : "The details are below and in the log: " + file + " (Help › Open Log Folder).";
        return what + "\n\nDossier carries on, but what you were doing may not have been done. " + log;
    }

    private static String stackTrace(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
