package org.dossier.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.dossier.exchange.export.ExportFormat;
import org.dossier.ui.dialog.Dialogs;
import org.dossier.ui.state.EditService;
import org.dossier.ui.state.StoreSession;

/**
 * File › Export (FollowTheMoney…, CSV…, Obsidian Vault…) and File › Import Entities…: the menu items, the choice of
 * where to write or what to read, and the background work they start.
 */
public final class ExchangeMenus {

    /** Asks the user where an export goes and which lists to import; null or empty when they cancel. */
    public interface Chooser {
        Path exportTarget(ExportFormat format);

        List<Path> entityLists();
    }

    private final Window owner;
    private final StoreSession session;
    private final EditService edits;
    private final Dialogs dialogs;
    private Chooser chooser;

    public ExchangeMenus(Window owner, StoreSession session, EditService edits, Dialogs dialogs) {
        this.owner = owner;
        this.session = session;
        this.edits = edits;
        this.dialogs = dialogs;
        this.chooser = new SystemDialogs();
    }

    /** Another way to choose files, for tests (the system's file dialogs cannot be driven). */
    public void useChooser(Chooser other) {
        this.chooser = other;
    }

    public Menu exportMenu() {
        Menu export = new Menu("Export");
        export.setId("exportMenu");
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem item = new MenuItem(format == ExportFormat.MARKDOWN ? "Obsidian Vault…" : format.title() + "…");
            item.setId("export-" + format.word());
            item.setOnAction(e -> export(format));
            export.getItems().add(item);
        }
        export.disableProperty().bind(session.loadingProperty());
        return export;
    }

    public MenuItem importEntitiesItem() {
        MenuItem item = new MenuItem("Import Entities…");
        item.setId("importEntities");
        item.setOnAction(e -> {
            List<Path> files = chooser.entityLists();
            if (files != null && !files.isEmpty()) {
                ImportChoice.ask(owner, files).ifPresent(forReview ->
                        new EntityImportFlow(owner, session, edits, dialogs).run(files, forReview));
            }
        });
        item.disableProperty().bind(session.loadingProperty());
        return item;
    }

    private void export(ExportFormat format) {
        Path target = chooser.exportTarget(format);
        if (target != null) {
            new ExportFlow(owner, dialogs).run(session.knowledgeBase(), session.storeDirProperty().get(), format, target);
        }
    }

    /** The system's file dialogs. */
    private final class SystemDialogs implements Chooser {

        @Override
        public Path exportTarget(ExportFormat format) {
            if (format.isFile()) {
                FileChooser files = new FileChooser();
                files.setTitle("Export as FollowTheMoney");
                files.setInitialFileName(storeName() + ".ftm.json");
                files.getExtensionFilters().add(new FileChooser.ExtensionFilter("FtM JSON lines", "*.json"));
                File chosen = files.showSaveDialog(owner);
                return chosen == null ? null : chosen.toPath();
            }
            DirectoryChooser folders = new DirectoryChooser();
            folders.setTitle("Export as " + format.title() + ": choose a new or empty folder");
            File chosen = folders.showDialog(owner);
            return chosen == null ? null : chosen.toPath();
        }

        @Override
        public List<Path> entityLists() {
            FileChooser files = new FileChooser();
            files.setTitle("Import entity lists");
            files.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Entity lists (FtM JSON lines, CSV)", "*.json", "*.jsonl",
                            "*.ndjson", "*.ftm", "*.csv"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            List<File> chosen = files.showOpenMultipleDialog(owner);
            return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
        }

        private String storeName() {
            String name = session.knowledgeBase().name().replaceAll("[^\\p{L}\\p{N} ._-]+", " ").strip();
            return name.isEmpty() ? "dossier" : name;
        }
    }
}
