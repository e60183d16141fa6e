package org.dossier.importer;

/**
 * Something imported, but not all of it: an unreadable date the article was imported without.
 *
 * @param where   the file, or the file and row ("news.csv, row 12")
 * @param message what was left out, in plain words
 */
public record ImportWarning(String where, String message) {

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
