package org.dossier.store;

import java.util.List;

/** Collects the problems of one store file, turning JSON paths into lines and columns. */
final class FileProblems {

    private final String file;
    private final String text;
    private final List<Problem> sink;
    private int count;

    FileProblems(String file, String text, List<Problem> sink) {
        this.file = file;
        this.text = text;
        this.sink = sink;
    }

    String file() {
        return file;
    }

    /** Reports a problem with the value at {@code path}. */
    void add(String path, String message) {
        JsonLocator.Position at = text == null ? JsonLocator.Position.UNKNOWN : JsonLocator.locate(text, path);
        sink.add(new Problem(file, at.line(), at.column(), path, message));
        count++;
    }

    /** Reports a problem at a known position. */
    void addAt(int line, int column, String path, String message) {
        sink.add(new Problem(file, line, column, path, message));
        count++;
    }

    /** Whether any problem was reported for this file. */
    boolean any() {
        return count > 0;
    }
}
