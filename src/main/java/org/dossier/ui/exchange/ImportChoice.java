package org.dossier.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks, once the lists are chosen, what to do with their entries: make entities of them now, or keep them for
 * review, so that only the names the articles mention are proposed in Suggestions (a sanctions list of 20,000
 * names would otherwise give 20,000 entities).
 */
final class ImportChoice {

    static final ButtonType CREATE = new ButtonType("Create Entities Now", ButtonBar.ButtonData.OTHER);
    static final ButtonType REVIEW = new ButtonType("Propose for Review", ButtonBar.ButtonData.OK_DONE);

    private ImportChoice() {
    }

    /** True to keep the entries for review, false to make entities now; empty when the user cancels. */
    static Optional<Boolean> ask(Window owner, List<Path> files) {
        String what = files.size() == 1 ? String.valueOf(files.get(0).getFileName()) : files.size() + " lists";
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Create Entities Now makes an entity of every entry of "
                + what + " and links their names in every article.\n\nPropose for Review keeps the entries aside: "
                + "View › Suggestions proposes those the articles mention, and an entity is made only of those you "
                + "accept. Entries already in the store are merged into their entities either way.",
                REVIEW, CREATE, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle("Import Entities");
        ask.setHeaderText("Create entities now, or propose them for review?");
        ask.getDialogPane().setId("entityImportChoice");
        ask.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ButtonType chosen = ask.showAndWait().orElse(ButtonType.CANCEL);
        return chosen == ButtonType.CANCEL ? Optional.empty() : Optional.of(chosen == REVIEW);
    }
}
