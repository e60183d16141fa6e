package org.dossier.cli;

import java.io.PrintStream;
import java.util.Set;

/**
 * One subcommand of {@code dossier}. A new subcommand is one class implementing this, listed in
 * {@link Commands}; parsing, {@code --help}, {@code --data} and error reporting come for free.
 */
interface Command {

    /** The word typed after {@code dossier}, e.g. "check". */
    String name();

    /** One line for the list of commands in the general usage. */
    String summary();

    /** The full usage printed for {@code dossier <name> --help}, ending with a newline. */
    String usage();

    /** The flags this command accepts besides {@code --data DIR} and {@code --help}, e.g. "--json". */
    default Set<String> flags() {
        return Set.of();
    }

    /** The options this command accepts that take a value, e.g. "--limit" (as in {@code --limit 5}). */
    default Set<String> valueOptions() {
        return Set.of();
    }

    /**
     * Does the work. Results go to {@code out}; warnings and errors to {@code err}.
     *
     * @return the exit status, one of {@link ExitCode}
     * @throws UsageException when the operands do not make sense (exit status 2, usage shown)
     */
    int run(Arguments args, PrintStream out, PrintStream err) throws UsageException;
}
