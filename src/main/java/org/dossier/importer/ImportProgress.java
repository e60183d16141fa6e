package org.dossier.importer;

/**
 * Told how an import is going, from the thread that runs it: a javafx Task passes it on to
 * {@code updateProgress}/{@code updateMessage}; the command line prints it now and then.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total, message) -> { };

    /**
     * @param done    steps done so far
     * @param total   all the steps (files while reading, then articles)
     * @param message what is happening, for a person: "Reading news.csv", "Importing 120/980"
     */
    void update(int done, int total, String message);
}
