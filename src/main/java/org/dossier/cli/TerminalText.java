package org.dossier.cli;

import java.io.PrintStream;
import org.dossier.model.VisibleText;

/**
 * Text the command line prints, made safe for a terminal by {@link VisibleText}: every text output of the commands
 * goes through {@link #println}; JSON output does not need it, as Gson escapes control characters itself.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** Prints one line: {@code line} with its unsafe characters escaped, then a line break. */
    static void println(PrintStream out, String line) {
        out.println(safe(line));
    }

    /** The text with every character that could break a line or command the terminal written as an escape. */
    static String safe(String text) {
        return VisibleText.safe(text);
    }
}
