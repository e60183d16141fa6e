package org.dossier.ui.dialog;

import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.dossier.ui.style.Css;

/**
 * The small window that shows a background task's progress, what it is doing, and a Cancel button: an import of
 * articles, an export, an import of entities. Closing it cancels the task too. Ids for tests: {@code prefix + "Progress"}
 * and {@code prefix + "Cancel"}.
 */
public final class TaskProgress {

    private TaskProgress() {
    }

    /**
     * Runs {@code task} on a thread of its own with its progress window shown, and hands its result to {@code done} or
     * its failure to {@code failed} (a Cancel only closes the window), on the FX thread.
     *
     * @param title   the window's title ("Import")
     * @param heading what is being done ("Importing 3 files…")
     * @param idPrefix the ids of the bar and the button, for tests ("import": "importProgress", "importCancel")
     */
    public static <T> void run(Window owner, Task<T> task, String title, String heading, String idPrefix,
                               Consumer<T> done, Consumer<Throwable> failed) {
        Stage progress = window(owner, task, title, heading, idPrefix);
        task.setOnSucceeded(e -> {
            progress.close();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            progress.close();
            failed.accept(task.getException());
        });
        task.setOnCancelled(e -> progress.close());
        Thread thread = new Thread(task, "dossier-" + idPrefix);
        thread.setDaemon(true);
        thread.start();
        progress.show();
    }

    /** The window, not shown yet; the caller closes it when the task ends. */
    private static Stage window(Window owner, Task<?> task, String title, String heading, String idPrefix) {
        Label label = new Label(heading);
        label.getStyleClass().add(Css.SECTION_HEADING);
        ProgressBar bar = new ProgressBar();
        bar.setId(idPrefix + "Progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.getStyleClass().add(Css.MUTED);
        message.textProperty().bind(task.messageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId(idPrefix + "Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel(false));
        VBox box = new VBox(10, label, bar, message, cancel);
        box.setPadding(new Insets(16));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Scene scene = new Scene(box);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> task.cancel(false));
        return stage;
    }

}
