package org.dossier.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.dossier.platform.BundledStore;
import org.dossier.platform.UserFolders;

/** Which store the window opens when the command line names none. */
final class StartStore {

    /** What {@code java -jar dossier.jar} opens without {@code --data}: the folder {@code data} where it is started. */
    static final Path WORKING_FOLDER_STORE = Path.of("data");
    private static final System.Logger LOG = System.getLogger(StartStore.class.getName());

    private StartStore() {
    }

    /**
     * {@code given} if the command line named a store; else the store open when the window last closed, if it is
     * still there; else, in an installed Dossier, the user's copy of the bundled sample store (made at the first
     * start); else {@code ./data}.
     */
    static Path choose(Path given, Supplier<Optional<Path>> lastStore) {
        if (given != null) {
            return given;
        }
        Optional<Path> last = lastStore.get();
        if (last.isPresent() && Files.isDirectory(last.get())) {
            return last.get();
        }
        Path bundled = BundledStore.bundled();
        if (bundled == null) {
            return WORKING_FOLDER_STORE;
        }
        Path dataFolder = UserFolders.ofThisUser().data();
        try {
            return BundledStore.userCopy(bundled, dataFolder);
        } catch (IOException e) {
            // The window then says the store is missing; the install folder itself is never opened for writing.
            LOG.log(System.Logger.Level.ERROR, "the sample store could not be copied into '" + dataFolder + "'", e);
            return BundledStore.copyIn(dataFolder);
        }
    }
}
