package org.dossier.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.dossier.exchange.ExportProgress;
import org.dossier.exchange.entities.EntityListImport;
import org.dossier.exchange.entities.EntryProblem;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;
import org.dossier.model.VisibleText;
import org.dossier.ui.dialog.Dialogs;
import org.dossier.ui.dialog.TaskProgress;
import org.dossier.ui.state.EditService;
import org.dossier.ui.state.StoreSession;

/**
 * Imports entity lists the user chose: read and linked in the background, with progress and Cancel, then made as one
 * edit (one step of Undo) and saved, and summed up: the new entities (or the entries kept for review, and how many of
 * them the articles mention), the entries merged into entities the store had, every line that failed.
 */
final class EntityImportFlow {

    private final Window owner;
    private final StoreSession session;
    private final EditService edits;
    private final Dialogs dialogs;

    EntityImportFlow(Window owner, StoreSession session, EditService edits, Dialogs dialogs) {
        this.owner = owner;
        this.session = session;
        this.edits = edits;
        this.dialogs = dialogs;
    }

    /** @param forReview keep the entries that are no entity's for the Suggestions review, instead of making entities */
    void run(List<Path> files, boolean forReview) {
        String why = session.whyNoImport();
        if (why != null) {
            summary(Alert.AlertType.ERROR, "Nothing was imported", "Nothing was imported: " + why + ".", null);
            return;
        }
        KnowledgeBase kb = session.knowledgeBase();
        Task<EntityListImport.Result> task = new Task<>() {
            @Override
            protected EntityListImport.Result call() throws Exception {
                return EntityListImport.run(kb, files, forReview, new TaskUpdates(this::updateProgress,
                        this::updateMessage, this::isCancelled));
            }
        };
        TaskProgress.run(owner, task, "Import Entities",
                "Importing " + Plural.count(files.size(), "entity list", "entity lists") + "…", "entityImport",
                this::finish, failure -> {
                    if (!(failure instanceof ExportProgress.Cancelled)) {
                        summary(Alert.AlertType.ERROR, "Nothing was imported", String.valueOf(failure.getMessage()), null);
                    }
                });
    }

    private void finish(EntityListImport.Result r) {
        if (!r.isEmpty()) {
            edits.perform(r.edit());
        }
        String kept = r.review() == null ? Plural.count(r.created().size(), "new entity", "new entities") + ", "
                : Plural.count(r.review().entries(), "entry", "entries") + " kept for review, of which the "
                + "articles mention " + r.review().mentioned() + " today (see View › Suggestions; the others are "
                + "proposed when an article mentions them), ";
        String text = kept + Plural.count(r.merges().size(), "entry", "entries") + " merged into entities the store "
                + "had, "
                + Plural.count(r.mentionsLinked(), "mention", "mentions") + " linked in "
                + Plural.count(r.articlesLinked(), "article", "articles") + "; "
                + Plural.count(r.problems().size(), "line failed", "lines failed") + ".";
        summary(r.problems().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "Import finished", text,
                details(r));
    }

    /** One line per entry; a file's name or an entry's name with a line break in it cannot make a line of its own. */
    private static String details(EntityListImport.Result r) {
        List<String> lines = new ArrayList<>();
        for (EntityListImport.Merge m : r.merges()) {
            lines.add("Merged " + m.where() + " “" + m.entryName() + "” into " + m.entityName()
                    + (m.addedAliases().isEmpty() ? "" : ", adding " + String.join(", ", m.addedAliases())));
        }
        lines.addAll(r.leftOut());
        r.skippedSchemata().forEach((schema, n) -> lines.add("Not imported (not names to link): " + n + " " + schema));
        for (EntryProblem p : r.problems()) {
            lines.add("Failed " + p);
        }
        return VisibleText.lines(lines);
    }

    private void summary(Alert.AlertType type, String header, String text, String details) {
        dialogs.withDetail(type, header, text, details, "entityImportSummary");
    }
}
