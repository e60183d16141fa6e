package org.dossier.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatReadersTest {

    @TempDir
    Path temp;

    @Test
    void the_reader_is_chosen_by_extension_in_any_case() throws Exception {
        assertInstanceOf(PlainTextReader.class, FormatReaders.forFile(ImportFixtures.write(temp, "a.TXT", "x")));
        assertInstanceOf(MarkdownReader.class, FormatReaders.forFile(ImportFixtures.write(temp, "a.md", "x")));
        assertInstanceOf(HtmlReader.class, FormatReaders.forFile(ImportFixtures.write(temp, "a.htm", "x")));
        assertInstanceOf(JsonArticleReader.class, FormatReaders.forFile(ImportFixtures.write(temp, "a.json", "x")));
        assertInstanceOf(CsvReader.class, FormatReaders.forFile(ImportFixtures.write(temp, "a.Csv", "x")));
    }

    @Test
    void a_file_without_extension_is_recognised_by_its_first_bytes() throws Exception {
        assertInstanceOf(HtmlReader.class, FormatReaders.forFile(ImportFixtures.write(temp, "page", "  <!DOCTYPE html><p>x")));
        assertInstanceOf(JsonArticleReader.class, FormatReaders.forFile(ImportFixtures.write(temp, "data", "[{}]")));
        assertInstanceOf(PlainTextReader.class, FormatReaders.forFile(ImportFixtures.write(temp, "README", "Hello")));
    }

    @Test
    void an_unknown_extension_is_refused_naming_what_is_imported() {
        ImportException e = assertThrows(ImportException.class,
                () -> FormatReaders.forFile(ImportFixtures.write(temp, "notes.rtf", "{\\rtf1}")));
        assertEquals("Dossier does not import .rtf files; it imports .txt, .md, .html, .json and .csv", e.reason());
    }

    @Test
    void a_binary_file_is_refused_whatever_its_extension() {
        byte[] binary = {0x7F, 'E', 'L', 'F', 0, 0, 1, 2};
        ImportException e = assertThrows(ImportException.class,
                () -> FormatReaders.forFile(ImportFixtures.writeBytes(temp, "program.txt", binary)));
        assertEquals("this is a binary file, not text (byte 5 is a zero byte)", e.reason());
        ImportException pdf = assertThrows(ImportException.class,
                () -> FormatReaders.forFile(ImportFixtures.writeBytes(temp, "report.csv", "%PDF-1.7\n".getBytes())));
        assertTrue(pdf.reason().startsWith("this is a PDF file"), pdf.reason());
    }

    @Test
    void utf16_text_is_refused_with_what_to_do() {
        byte[] utf16 = "\uFEFFTitle".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        ImportException e = assertThrows(ImportException.class,
                () -> FormatReaders.forFile(ImportFixtures.writeBytes(temp, "wide.txt", utf16)));
        assertEquals("the text is UTF-16; save the file as UTF-8 and import it again", e.reason());
    }

    @Test
    void a_missing_file_and_a_folder_are_refused_by_their_reader_with_the_name() throws Exception {
        Path missing = temp.resolve("missing.txt");
        assertEquals("there is no such file", ImportFixtures.failure(missing));
        Path folder = java.nio.file.Files.createDirectory(temp.resolve("folder.txt"));
        assertEquals("this is a folder; give the files in it instead", ImportFixtures.failure(folder));
    }
}
