package org.dossier.cli;

/** The exit statuses of {@code dossier}, fixed so that scripts can tell a broken store from a mistyped command. */
final class ExitCode {

    static final int OK = 0;
    /** The store has problems (or is not there). */
    static final int STORE_PROBLEMS = 1;
    /** Some of what was asked could not be done (a file to import could not be read); the rest was done. */
    static final int PARTLY_FAILED = 1;
    /** The command line itself is wrong: nothing was done. */
    static final int USAGE = 2;

    private ExitCode() {
    }
}
