package org.dossier.exchange.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dossier.discovery.Gazetteer;
import org.dossier.model.AttributeValue;

/**
 * Reads a CSV entity list, a row at a time: a header row, then one entry per row with {@code name} (required),
 * {@code kind}, {@code aliases} (separated by ';') and {@code summary}; {@code demonyms} and {@code references}, as
 * {@code dossier export csv} writes them, are read too, and other columns are left alone. A cell a Dossier export
 * protected from spreadsheets ("'=…") is read back without its apostrophe. A row without a kind takes the
 * gazetteer's (country, city, organisation) or "other". A row is read up to {@link #MAX_ROW_CHARS} characters: one
 * longer (an unclosed quote swallowing the file) stops the file there, with its row named.
 */
final class CsvEntries {

    static final int MAX_ROW_CHARS = 8 * 1024 * 1024;

    private CsvEntries() {
    }

    /**
     * Hands each entry to {@code entries} and each problem to {@code problems}.
     *
     * @throws IOException when the file cannot be read at all
     */
    static void read(String file, InputStream in, Consumer<EntityEntry> entries, Consumer<EntryProblem> problems)
            throws IOException {
        CappedReader reader = new CappedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();
        long row = 1;
        try (CSVParser parser = format.parse(reader)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            if (!columns.containsKey("name")) {
                problems.accept(new EntryProblem(file, 1, "the header has no name column (its columns: "
                        + String.join(", ", parser.getHeaderNames()) + "); an entity list needs name, and may have "
                        + "kind, aliases and summary"));
                return;
            }
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                reader.startRow();
                if (!rows.hasNext()) {
                    break;
                }
                CSVRecord record = rows.next();
                row = record.getRecordNumber() + 1;
                EntityEntry entry = entry(file, row, record, columns);
                if (entry == null) {
                    problems.accept(new EntryProblem(file, row, "the row has no name"));
                } else {
                    entries.accept(entry);
                }
            }
        } catch (UncheckedIOException e) {
            problems.accept(new EntryProblem(file, row + 1, why(e.getCause()) + "; the rows after it were not read"));
        } catch (IOException e) {
            problems.accept(new EntryProblem(file, row + 1, why(e) + "; the rows after it were not read"));
        }
    }

    private static String why(IOException e) {
        if (e instanceof CappedReader.TooLong) {
            return "the row is longer than " + MAX_ROW_CHARS / (1024 * 1024) + " million characters (an unclosed quote?)";
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "the file is not UTF-8 text from here on";
        }
        return "the row cannot be read as CSV (" + e.getMessage() + ")";
    }

    /** Known column → the header's name for it, whatever its case. */
    private static Map<String, String> columns(List<String> header) {
        Map<String, String> columns = new java.util.HashMap<>();
        for (String h : header) {
            String key = h == null ? "" : h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (List.of("name", "kind", "aliases", "summary", "demonyms", "references").contains(key)) {
                columns.putIfAbsent(key, h);
            }
        }
        return columns;
    }

    private static EntityEntry entry(String file, long row, CSVRecord record, Map<String, String> columns) {
        String name = cell(record, columns.get("name"));
        if (name.isEmpty()) {
            return null;
        }
        String kind = cell(record, columns.get("kind")).toLowerCase(Locale.ROOT);
        if (kind.isEmpty()) {
            Gazetteer.Entry known = Gazetteer.shipped().named(name);
            kind = known == null ? "other" : known.kind();
        }
        return new EntityEntry(file + ":" + row, kind, name, list(record, columns.get("aliases")),
                list(record, columns.get("demonyms")), list(record, columns.get("references")),
                cell(record, columns.get("summary")), Map.<String, AttributeValue>of());
    }

    private static List<String> list(CSVRecord record, String column) {
        String cell = cell(record, column);
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(";")).map(CsvEntries::unprotected)
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String cell(CSVRecord record, String column) {
        if (column == null || !record.isSet(column)) {
            return "";
        }
        return unprotected(record.get(column)).strip();
    }

    /** "'=x" → "=x": the apostrophe {@code export csv} puts before what a spreadsheet would run. */
    private static String unprotected(String cell) {
        String s = cell.strip();
        return s.length() > 1 && s.charAt(0) == '\'' && "=+-@\t\r".indexOf(s.charAt(1)) >= 0 ? s.substring(1) : cell;
    }

    /** A reader that refuses to give one row more than {@link #MAX_ROW_CHARS} characters. */
    private static final class CappedReader extends java.io.FilterReader {

        static final class TooLong extends IOException {
            TooLong() {
                super("row too long");
            }
        }

        private long sinceRow;

        CappedReader(Reader in) {
            super(in);
        }

        void startRow() {
            sinceRow = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws TooLong {
            sinceRow += n;
            if (sinceRow > MAX_ROW_CHARS) {
                throw new TooLong();
            }
        }
    }
}
