package org.dossier.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path temp;

    private static ReadResult read(Path file) throws ImportException {
        return FormatReaders.forFile(file).read(file);
    }

    @Test
    void columns_are_found_by_name_in_any_case_and_others_are_ignored() throws Exception {
        ReadResult r = read(ImportFixtures.path("news.csv"));
        ImportedArticle a = r.articles().get(0);
        assertEquals("Denmark backs Ukraine", a.title());
        assertEquals(List.of("Denmark backs Ukraine. The US agrees."), a.paragraphs());
        assertEquals("2022-02-24", a.date().iso());
        assertEquals("https://www.president.gov.ua/en/news/one", a.link());
        assertEquals("www.president.gov.ua", a.source());
    }

    @Test
    void a_quoted_field_may_hold_commas_quotes_and_line_breaks_which_are_paragraph_breaks() throws Exception {
        ImportedArticle a = read(ImportFixtures.path("news.csv")).articles().get(1);
        assertEquals("Quoted, with a comma", a.title());
        assertEquals(List.of("First paragraph, with \"quotes\".", "Second paragraph on its own line."), a.paragraphs());
        assertEquals("2022-03-01", a.date().iso(), "the day as written: the time is not moved to another zone");
    }

    @Test
    void bad_rows_are_reported_by_row_number_and_the_others_still_read() throws Exception {
        Path file = ImportFixtures.path("news.csv");
        ReadResult r = read(file);
        assertEquals(2, r.articles().size());
        // Rows as a spreadsheet numbers them: the header is row 1, and a cell over two lines is still one row.
        assertEquals(List.of(file + ", row 4: the row has no title", file + ", row 5: the row has no text in its Body column",
                file + ", row 6: the row has no text in its Body column"),
                r.failures().stream().map(ImportFailure::toString).toList());
    }

    @Test
    void a_header_without_a_text_column_is_refused_naming_the_columns_it_has() {
        String reason = ImportFixtures.failure(ImportFixtures.write(temp, "missing.csv", "headline,date\nA,2022-01-01\n"));
        assertTrue(reason.startsWith("the header has no text column (its columns: headline, date)"), reason);
    }

    @Test
    void a_header_without_title_or_text_is_refused() {
        String reason = ImportFixtures.failure(ImportFixtures.write(temp, "neither.csv", "a,b\n1,2\n"));
        assertTrue(reason.startsWith("the header has no title column and no text column (its columns: a, b)"), reason);
    }

    @Test
    void an_unclosed_quote_keeps_the_rows_before_it_and_says_where_reading_stopped() throws Exception {
        Path file = ImportFixtures.write(temp, "broken.csv", "title,body\nA,Fine text.\nB,\"never closed\nC,more\n");
        ReadResult r = read(file);
        assertEquals(List.of("A"), r.articles().stream().map(ImportedArticle::title).toList());
        assertEquals(1, r.failures().size());
        assertTrue(r.failures().get(0).reason().startsWith("a quoted field is never closed"), r.failures().toString());
        assertTrue(r.failures().get(0).where().startsWith(file + ", line "), r.failures().toString());
    }

    @Test
    void a_body_on_one_line_stays_one_paragraph_unless_double_spaces_clearly_mark_breaks() throws Exception {
        String oneLine = "First sentence. Second one.  New paragraph here. And more. Still more.";
        Path file = ImportFixtures.write(temp, "spaced.csv", "title,text\nT,\"" + oneLine + "\"\nU,\"A.  B.  C.\"\n");
        List<ImportedArticle> articles = read(file).articles();
        assertEquals(List.of("First sentence. Second one.", "New paragraph here. And more. Still more."),
                articles.get(0).paragraphs());
        assertEquals(List.of("A. B. C."), articles.get(1).paragraphs(), "every sentence double-spaced is a habit, not breaks");
    }

    @Test
    void a_file_with_only_a_header_gives_nothing_and_fails_nothing() throws Exception {
        ReadResult r = read(ImportFixtures.write(temp, "header.csv", "title,body\n"));
        assertEquals(List.of(), r.articles());
        assertEquals(List.of(), r.failures());
    }
}
