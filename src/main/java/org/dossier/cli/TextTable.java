package org.dossier.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A table for the terminal: a header row, then rows, each column as wide as its widest cell, two spaces
 * between columns. Widths count code points, so names in Cyrillic or Greek line up as well as Latin ones.
 * Cells are made {@linkplain TerminalText#safe safe} for the terminal as they are added.
 */
final class TextTable {

    /** A column: its heading and whether its cells line up on the right, as numbers should. */
    record Column(String heading, boolean alignRight) {

        static Column left(String heading) {
            return new Column(heading, false);
        }

        static Column right(String heading) {
            return new Column(heading, true);
        }
    }

    private static final String GAP = "  ";
    private static final String ELLIPSIS = "…";

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(Column... columns) {
        this.columns = List.of(columns);
    }

    TextTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row needs " + columns.size() + " cells, not " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(TerminalText.safe(String.valueOf(cell)));
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintStream out) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(columns.get(c).heading());
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        List<String> headings = columns.stream().map(Column::heading).toList();
        out.println(line(headings, widths));
        for (List<String> row : rows) {
            out.println(line(row, widths));
        }
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String padding = " ".repeat(widths[c] - width(cell));
            if (c > 0) {
                sb.append(GAP);
            }
            sb.append(columns.get(c).alignRight() ? padding + cell : cell + padding);
        }
        return stripTrailing(sb);
    }

    /** The last column is padded like the others; no line should end in spaces. */
    private static String stripTrailing(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * The text cut to at most {@code max} code points, at a word boundary where there is one, with an ellipsis
     * showing that something was left out. Line breaks become spaces so that a cell stays on one line.
     */
    static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (width(flat) <= max) {
            return flat;
        }
        int cut = flat.offsetByCodePoints(0, max - 1);
        int space = flat.lastIndexOf(' ', cut);
        if (space > cut / 2) {
            cut = space;
        }
        return flat.substring(0, cut).stripTrailing() + ELLIPSIS;
    }
}
