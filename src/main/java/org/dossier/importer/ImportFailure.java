package org.dossier.importer;

/**
 * Something that was not imported because it could not be read.
 *
 * @param where  the file, or the file and row ("news.csv, row 12")
 * @param reason why, in plain words
 */
public record ImportFailure(String where, String reason) {

    @Override
    public String toString() {
        return where + ": " + reason;
    }
}
