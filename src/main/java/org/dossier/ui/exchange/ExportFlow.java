package org.dossier.ui.exchange;

import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.dossier.exchange.export.ExportFormat;
import org.dossier.exchange.ExportProgress;
import org.dossier.model.KnowledgeBase;
import org.dossier.ui.dialog.Dialogs;
import org.dossier.ui.dialog.TaskProgress;

/**
 * Exports the store as the window shows it, in the background, with progress and Cancel; then says what was
 * written. A cancelled or failed export leaves nothing (the export is put in place only when complete).
 */
final class ExportFlow {

    private final Window owner;
    private final Dialogs dialogs;

    ExportFlow(Window owner, Dialogs dialogs) {
        this.owner = owner;
        this.dialogs = dialogs;
    }

    void run(KnowledgeBase kb, Path storeDir, ExportFormat format, Path target) {
        String refused = storeDir == null ? null : ExportFormat.whyNot(target, storeDir);
        if (refused != null) {
            dialogs.withDetail(Alert.AlertType.ERROR, "Nothing was exported", refused, null, "exportSummary");
            return;
        }
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws Exception {
                return format.write(kb, target, new TaskUpdates(this::updateProgress, this::updateMessage,
                        this::isCancelled));
            }
        };
        TaskProgress.run(owner, task, "Export", "Exporting as " + format.title() + "…", "export",
                written -> dialogs.withDetail(Alert.AlertType.INFORMATION, "Export finished",
                        "Wrote " + written + " to " + target + ".", null, "exportSummary"),
                failure -> {
                    if (!(failure instanceof ExportProgress.Cancelled)) {
                        dialogs.withDetail(Alert.AlertType.ERROR, "Nothing was exported",
                                String.valueOf(failure.getMessage()), null, "exportSummary");
                    }
                });
    }
}
