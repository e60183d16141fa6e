package org.dossier.importer;

/**
 * A file, or part of one, that cannot be imported. The message names the place and says why, for the user:
 * "news.csv, row 12: the row has no title".
 */
public class ImportException extends Exception {

    private final String where;
    private final String reason;

    /**
     * @param where  the file, or the file and row or item ("news.csv, row 12")
     * @param reason why, in plain words, starting in lower case
     */
    public ImportException(String where, String reason) {
        this(where, reason, null);
    }

    public ImportException(String where, String reason, Throwable cause) {
        super(where + ": " + reason, cause);
        this.where = where;
        this.reason = reason;
    }

    public String where() {
        return where;
    }

    public String reason() {
        return reason;
    }

    /** The same trouble as a failure in the report. */
    public ImportFailure failure() {
        return new ImportFailure(where, reason);
    }
}
