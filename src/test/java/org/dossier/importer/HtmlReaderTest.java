package org.dossier.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {

    @TempDir
    Path temp;

    @Test
    void only_the_readable_text_is_kept_without_scripts_styles_or_page_furniture() throws Exception {
        ImportedArticle a = ImportFixtures.only(ImportFixtures.path("page.html"));
        assertEquals(List.of("Ukraine and Denmark signed a landmark agreement on Friday.",
                "Russia’s invasion began in 2022.", "Denmark has backed Ukraine since.", "First item", "Second item"),
                a.paragraphs());
        String all = String.join(" ", a.paragraphs());
        assertFalse(all.contains("script") || all.contains("color") || all.contains("Home") || all.contains("Copyright"));
    }

    @Test
    void title_date_link_and_source_come_from_the_head() throws Exception {
        ImportedArticle a = ImportFixtures.only(ImportFixtures.path("page.html"));
        assertEquals("Denmark to host Ukrainian arms production", a.title());
        assertEquals("2024-06-21", a.date().iso());
        assertEquals("https://news.example.com/2024/06/denmark-ukraine", a.link());
        assertEquals("news.example.com", a.source());
    }

    @Test
    void without_a_title_element_the_first_h1_is_the_title() throws Exception {
        ImportedArticle a = ImportFixtures.only(ImportFixtures.write(temp, "x.html",
                "<html><body><h1>The <i>real</i> headline</h1><p>Text.</p></body></html>"));
        assertEquals("The real headline", a.title());
        assertEquals(List.of("Text."), a.paragraphs());
    }

    @Test
    void a_page_that_declares_its_encoding_is_decoded_with_it() throws Exception {
        byte[] bytes = "<html><head><meta charset=\"windows-1252\"><title>Café</title></head><body><p>Café au lait.</p></body></html>"
                .getBytes(Charset.forName("windows-1252"));
        ImportedArticle a = ImportFixtures.only(ImportFixtures.writeBytes(temp, "cp1252.html", bytes));
        assertEquals("Café", a.title());
        assertEquals(List.of("Café au lait."), a.paragraphs());
    }

    @Test
    void a_page_that_declares_nothing_and_is_not_utf8_is_refused() {
        byte[] bytes = "<html><body><p>Café</p></body></html>".getBytes(Charset.forName("windows-1252"));
        String reason = ImportFixtures.failure(ImportFixtures.writeBytes(temp, "latin.html", bytes));
        assertTrue(reason.startsWith("the text is not UTF-8"), reason);
    }

    @Test
    void a_page_of_only_scripts_gives_an_article_without_text_for_the_importer_to_refuse() throws Exception {
        ImportedArticle a = ImportFixtures.only(ImportFixtures.write(temp, "scripts.html",
                "<html><head><script>alert(1)</script></head><body><script>x()</script><style>p{}</style></body></html>"));
        assertEquals(List.of(), a.paragraphs());
        assertEquals("scripts", a.title());
    }
}
