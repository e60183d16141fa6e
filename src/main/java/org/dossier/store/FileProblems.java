package org.dossier.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one store file, turning JSON paths into lines and columns. Problems are reported
 * at once, in order, with their place left open; {@link #locate()} then finds the places of all of them in one
 * scan of the file (one scan per problem made a file of 20,000 problems take minutes).
 */
final class FileProblems {

    /** A problem reported by path whose line and column are still to be found: where it is in the sink. */
    private record Unplaced(int index, Problem problem) {
    }

    private final String file;
    private final String text;
    private final List<Problem> sink;
    private final List<Unplaced> unplaced = new ArrayList<>();
    private int count;

    FileProblems(String file, String text, List<Problem> sink) {
        this.file = file;
        this.text = text;
        this.sink = sink;
    }

    String file() {
        return file;
    }

    /**
     * The problems of the same file from here on, now that its text is known (for finding places); those
     * reported before, while reading it, still count for {@link #any()}.
     */
    FileProblems withText(String text) {
        FileProblems next = new FileProblems(file, text, sink);
        next.count = count;
        return next;
    }

    /** Reports a problem with the value at {@code path}; its line and column are found by {@link #locate()}. */
    void add(String path, String message) {
        Problem problem = new Problem(file, 0, 0, path, message);
        // The sink may be shared with another thread: its index is taken with the sink's own lock.
        synchronized (sink) {
            if (text != null) {
                unplaced.add(new Unplaced(sink.size(), problem));
            }
            sink.add(problem);
        }
        count++;
    }

    /** Reports a problem at a known position. */
    void addAt(int line, int column, String path, String message) {
        sink.add(new Problem(file, line, column, path, message));
        count++;
    }

    /** Gives every problem reported by path so far its line and column, reading the file once for all of them. */
    void locate() {
        if (unplaced.isEmpty()) {
            return;
        }
        Map<String, JsonLocator.Position> at = JsonLocator.locate(text,
                unplaced.stream().map(u -> u.problem().path()).toList());
        for (Unplaced u : unplaced) {
            Problem p = u.problem();
            JsonLocator.Position position = at.get(p.path());
            sink.set(u.index(), new Problem(p.file(), position.line(), position.column(), p.path(), p.message()));
        }
        unplaced.clear();
    }

    /** Whether any problem was reported for this file. */
    boolean any() {
        return count > 0;
    }
}
