package org.dossier.importer;

import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/** Which of a CSV file's columns hold the title, text, date, link and source: found by the header's names. */
final class CsvColumns {

    static final List<String> TITLE = List.of("title", "headline");
    static final List<String> BODY = List.of("body", "text");
    static final List<String> DATE = List.of("date");
    static final List<String> LINK = List.of("link", "url");
    static final List<String> SOURCE = List.of("source");

    private final String title;
    private final String body;
    private final String date;
    private final String link;
    private final String source;

    private CsvColumns(String title, String body, String date, String link, String source) {
        this.title = title;
        this.body = body;
        this.date = date;
        this.link = link;
        this.source = source;
    }

    /** @throws ImportException naming the columns the header has, when the title or text column is missing */
    static CsvColumns of(List<String> header, String file) throws ImportException {
        String title = find(header, TITLE);
        String body = find(header, BODY);
        if (title == null || body == null) {
            String missing = title == null && body == null ? "title column and no text column"
                    : title == null ? "title column" : "text column";
            throw new ImportException(file, "the header has no " + missing + " (its columns: "
                    + (header.isEmpty() ? "none" : String.join(", ", header)) + "); name the title column "
                    + "title or headline, and the text column body or text");
        }
        return new CsvColumns(title, body, find(header, DATE), find(header, LINK), find(header, SOURCE));
    }

    private static String find(List<String> header, List<String> names) {
        for (String wanted : names) {
            for (String column : header) {
                if (column.strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return column;
                }
            }
        }
        return null;
    }

    String bodyName() {
        return body;
    }

    String title(CSVRecord row) {
        return value(row, title);
    }

    String body(CSVRecord row) {
        return value(row, body);
    }

    String date(CSVRecord row) {
        return value(row, date);
    }

    String link(CSVRecord row) {
        return value(row, link);
    }

    String source(CSVRecord row) {
        return value(row, source);
    }

    /** The cell, or "" when the column is absent or the row is too short to have it. */
    private static String value(CSVRecord row, String column) {
        return column != null && row.isSet(column) ? row.get(column) : "";
    }
}
