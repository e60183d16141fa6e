package org.dossier.exchange.entities;

/**
 * A line or row of an entity list that was not imported, or a whole file that could not be read, and why.
 *
 * @param line the line (FtM) or row (CSV) number from 1, or 0 for the whole file
 */
public record EntryProblem(String file, long line, String message) {

    /** "sanctions.json:12: not JSON (…)", "list.csv: there is no such file". */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
