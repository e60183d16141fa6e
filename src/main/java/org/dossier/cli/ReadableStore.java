package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Plural;
import org.dossier.store.LoadResult;
import org.dossier.store.Problem;
import org.dossier.store.StoreReader;

/**
 * Loading a store for a command that reads it (list, search). A store with problems is used as far as it is
 * valid, the way the window shows it, with a one-line warning; a missing folder is an error, because an empty
 * answer would look like an empty store.
 */
final class ReadableStore {

    private ReadableStore() {
    }

    /** The loaded store, or null when the folder is not there (the reason is printed on {@code err}). */
    static LoadResult load(Path dir, PrintStream err) {
        return present(StoreReader.load(dir), err);
    }

    /** The store as {@code loaded} (with a progress of its own), or null when the folder is not there. */
    static LoadResult present(LoadResult loaded, PrintStream err) {
        if (!Files.isDirectory(loaded.dir())) {
            loaded.problems().forEach(p -> TerminalText.println(err, CommandLine.PROGRAM + ": " + p.message()));
            return null;
        }
        return loaded;
    }

    static void warnAboutProblems(List<Problem> problems, PrintStream err) {
        if (!problems.isEmpty()) {
            err.println(Plural.count(problems.size(), "problem", "problems")
                    + " in the store; run 'dossier check' for details");
        }
    }
}
