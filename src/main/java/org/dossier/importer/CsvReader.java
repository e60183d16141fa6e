package org.dossier.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.dossier.model.PartialDate;

/**
 * A .csv file with a header row: one article per row. Columns are found by name, in any case and order:
 * {@code title} or {@code headline}, {@code body} or {@code text} (both needed), and {@code date}, {@code link}
 * or {@code url}, {@code source} when there; other columns are ignored. Rows are numbered as a spreadsheet
 * shows them, the header being row 1. A bad row is reported and the others still import.
 */
final class CsvReader implements FormatReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setTrim(true)
            .get();

    @Override
    public ReadResult read(Path file) throws ImportException {
        String name = file.toString();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(TextFiles.read(file)))
                .setFormat(FORMAT).get()) {
            CsvColumns columns = CsvColumns.of(parser.getHeaderNames(), name);
            List<ImportedArticle> articles = new ArrayList<>();
            List<ImportFailure> failures = new ArrayList<>();
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (UncheckedIOException e) {
                    failures.add(new ImportFailure(name + ", line " + parser.getCurrentLineNumber(), malformed(e)));
                    break;
                }
                String where = name + ", row " + (row.getRecordNumber() + 1);
                try {
                    articles.add(article(row, columns, file, where));
                } catch (ImportException e) {
                    failures.add(e.failure());
                }
            }
            return new ReadResult(articles, failures);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ImportException(name, "the header row cannot be read as CSV (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ImportException(name, "the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static ImportedArticle article(CSVRecord row, CsvColumns columns, Path file, String where)
            throws ImportException {
        String title = Paragraphs.tidy(columns.title(row));
        if (title.isEmpty()) {
            throw new ImportException(where, "the row has no title");
        }
        Paragraphs.Body body = Paragraphs.ofCell(columns.body(row));
        if (body.isEmpty()) {
            throw new ImportException(where, "the row has no text in its " + columns.bodyName() + " column");
        }
        String link = Sources.link(columns.link(row));
        String source = columns.source(row);
        String dateText = columns.date(row);
        PartialDate date = Dates.parse(dateText);
        return new ImportedArticle(title, source.isBlank() ? Sources.of(link, file) : source, link, date,
                body.paragraphs(), where, Dates.unreadable(dateText, date), body.split());
    }

    /** commons-csv's words for a broken file, said for someone who edits it in a text editor. */
    private static String malformed(UncheckedIOException e) {
        String m = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())
                .toLowerCase(Locale.ROOT);
        if (m.contains("eof reached before encapsulated token finished")) {
            return "a quoted field is never closed: the rest of the file cannot be read";
        }
        if (m.contains("invalid char between encapsulated token and delimiter")) {
            return "a quote inside a quoted field is not doubled (\"\"): the rest of the file cannot be read";
        }
        return "the rest of the file cannot be read as CSV (" + m + ")";
    }
}
