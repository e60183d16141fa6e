package org.dossier.cli;

/**
 * The command line cannot be followed as typed. Carries the command whose usage should be shown with the
 * error, so that a mistake in {@code dossier list ...} is answered with the usage of {@code list}, not of
 * everything.
 */
final class UsageException extends Exception {

    private final transient Command command;

    /** A mistake before any command was recognised: the general usage is shown. */
    UsageException(String message) {
        this(message, null);
    }

    UsageException(String message, Command command) {
        super(message);
        this.command = command;
    }

    /** The command whose usage fits the mistake, or null for the general usage. */
    Command command() {
        return command;
    }

    /** The same mistake, attributed to {@code command} if none was named yet. */
    UsageException in(Command command) {
        return this.command != null ? this : new UsageException(getMessage(), command);
    }
}
