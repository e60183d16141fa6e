package org.dossier.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {

    @TempDir
    Path temp;

    @Test
    void the_first_line_is_the_title_and_blank_lines_separate_paragraphs() throws Exception {
        ImportedArticle a = ImportFixtures.only(ImportFixtures.path("talks.txt"));
        assertEquals("Denmark and Ukraine Agree on Joint Production", a.title());
        assertEquals(List.of("Ukraine and Denmark have agreed that Ukrainian companies may build weapons in Denmark, "
                + "the ministry said on Friday.", "“It is a unique case,” said Herman Smetanin."), a.paragraphs());
        assertEquals("talks.txt", a.source());
        assertNull(a.link());
        assertNull(a.date());
    }

    @Test
    void a_file_that_is_one_paragraph_takes_its_title_from_the_file_name() throws Exception {
        Path file = ImportFixtures.write(temp, "kyiv_talks-2024.txt", "Only one paragraph here, no headline.\n");
        ImportedArticle a = ImportFixtures.only(file);
        assertEquals("kyiv talks 2024", a.title());
        assertEquals(List.of("Only one paragraph here, no headline."), a.paragraphs());
    }

    @Test
    void a_first_line_too_long_for_a_headline_is_text() throws Exception {
        String longLine = "word ".repeat(60).strip();
        ImportedArticle a = ImportFixtures.only(ImportFixtures.write(temp, "long.txt", longLine + "\n\nSecond."));
        assertEquals("long", a.title());
        assertEquals(List.of(longLine, "Second."), a.paragraphs());
    }

    @Test
    void windows_line_ends_and_a_byte_order_mark_are_read_as_text() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Title\r\n\r\nLine one\r\nline two.\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        ImportedArticle a = ImportFixtures.only(ImportFixtures.writeBytes(temp, "crlf.txt", all));
        assertEquals("Title", a.title());
        assertEquals(List.of("Line one line two."), a.paragraphs());
    }

    @Test
    void an_empty_file_is_refused_with_its_name() {
        assertEquals("the file is empty", ImportFixtures.failure(ImportFixtures.write(temp, "empty.txt", "")));
        assertEquals("the file is empty", ImportFixtures.failure(ImportFixtures.write(temp, "blank.txt", " \n\t\n")));
    }

    @Test
    void text_in_another_encoding_is_refused_with_the_line_and_what_to_do() {
        String reason = ImportFixtures.failure(ImportFixtures.path("latin1.txt"));
        assertTrue(reason.startsWith("the text is not UTF-8 (byte 0xE9 on line 1"), reason);
        assertTrue(reason.endsWith("save the file as UTF-8 and import it again"), reason);
    }
}
