package org.dossier.store;

import java.io.IOException;

/**
 * A file Dossier does not read, and why, in words fit to show next to the file's name: "this is a named pipe
 * (FIFO), not a regular file…", "the file is larger than 200 MB…". The message never repeats the file's name:
 * the caller says which file it was.
 */
public final class FileRefused extends IOException {

    /** What kind of refusal: callers treat a missing file and a folder differently from the rest. */
    public enum Kind {
        MISSING,
        FOLDER,
        NOT_A_FILE,
        OUTSIDE,
        TOO_LARGE,
        NOT_TEXT,
        UNREADABLE
    }

    private final Kind kind;

    public FileRefused(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
