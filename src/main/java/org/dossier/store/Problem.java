package org.dossier.store;

import java.util.Objects;

/**
 * Something wrong in a store, said so that a person can find and fix it.
 *
 * @param file   the file, relative to the store folder ("entities.json", "articles/x.json"), or "." for the folder
 * @param line   1-based line, or 0 when not known
 * @param column 1-based column, or 0 when not known
 * @param path   JSON path of the value ("$.entities[3].aliases[0]"), or "" for the whole file
 * @param message the problem in plain words
 */
public record Problem(String file, int line, int column, String path, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        path = path == null ? "" : path;
    }

    /** "entities.json:12:5: $.entities[2].name: name is missing" — the form compilers use. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message).toString();
    }
}
