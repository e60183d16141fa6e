package org.dossier.ui.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.dossier.importer.ImportFailure;
import org.dossier.importer.ImportReport;
import org.dossier.importer.ImportWarning;
import org.dossier.importer.Importer;
import org.dossier.importer.SkippedDuplicate;
import org.dossier.model.Plural;
import org.dossier.model.VisibleText;
import org.dossier.ui.dialog.Dialogs;
import org.dossier.ui.dialog.TaskProgress;
import org.dossier.ui.state.EditService;
import org.dossier.ui.state.StoreSession;

/**
 * Imports files the user chose or dropped: a small window with a progress bar and Cancel while the files are
 * read and linked in the background, then a summary of what was imported, skipped and why. A cancelled import
 * asks whether to keep what was done.
 */
public final class ImportFlow {

    private final Window owner;
    private final StoreSession session;
    private final EditService edits;
    private final Dialogs dialogs;

    public ImportFlow(Window owner, StoreSession session, EditService edits, Dialogs dialogs) {
        this.owner = owner;
        this.session = session;
        this.edits = edits;
        this.dialogs = dialogs;
    }

    public void run(List<Path> files) {
        String why = session.whyNoImport();
        if (why != null) {
            alert(Alert.AlertType.ERROR, "Nothing was imported", "Nothing was imported: " + why + ".", null);
            return;
        }
        // Ids are chosen free in the store as loaded and in its folder now; the save checks the folder again.
        Importer importer = new Importer(session.knowledgeBase(), session.storeDirProperty().get());
        Task<ImportReport> task = new Task<>() {
            @Override
            protected ImportReport call() {
                return importer.importFiles(files, (done, total, message) -> {
                    updateProgress(done, total);
                    updateMessage(message);
                }, this::isCancelled);
            }
        };
        TaskProgress.run(owner, task, "Import", "Importing " + Plural.count(files.size(), "file", "files") + "…", "import",
                this::finish, failure -> alert(Alert.AlertType.ERROR, "The import failed",
                        String.valueOf(failure.getMessage()), null));
    }

    private void finish(ImportReport report) {
        if (report.cancelled()) {
            if (report.imported().isEmpty()) {
                return;
            }
            if (!dialogs.confirm("Keep what was imported?", "The import was cancelled after "
                    + Plural.count(report.imported().size(), "article", "articles") + ". Keep them?")) {
                return;
            }
        }
        if (report.imported().isEmpty()) {
            summary(report, null);
            return;
        }
        edits.addImported(report.knowledgeBase(), error -> summary(report, error));
    }

    private void summary(ImportReport report, String saveError) {
        if (saveError != null) {
            alert(Alert.AlertType.ERROR, "The import was not saved", "Nothing was written: " + saveError, details(report));
            return;
        }
        String text = Plural.count(report.imported().size(), "article", "articles") + " imported, "
                + Plural.count(report.mentionsLinked(), "mention", "mentions") + " linked; "
                + Plural.count(report.duplicates().size(), "duplicate", "duplicates") + " skipped; "
                + Plural.count(report.failures().size(), "failure", "failures") + "."
                + (report.split() > 0 ? "\n" + report.splitSummary() : "");
        alert(report.hasFailures() ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION, "Import finished", text,
                details(report));
    }

    /** One line per file; a file's name or title with a line break in it cannot make a line of its own. */
    private static String details(ImportReport report) {
        List<String> lines = new ArrayList<>();
        for (SkippedDuplicate d : report.duplicates()) {
            lines.add("Skipped " + d.where() + " “" + d.title() + "”: " + d.reason());
        }
        for (ImportFailure f : report.failures()) {
            lines.add("Failed " + f.where() + ": " + f.reason());
        }
        for (ImportWarning w : report.warnings()) {
            lines.add("Imported " + w.where() + ": " + w.message());
        }
        return VisibleText.lines(lines);
    }

    private void alert(Alert.AlertType type, String header, String text, String details) {
        dialogs.withDetail(type, header, text, details, "importSummary");
    }
}
