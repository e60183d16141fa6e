package org.dossier.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dossier.store.StoreLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArticleReaderTest {

    @TempDir
    Path temp;

    @Test
    void an_array_gives_its_valid_articles_and_reports_each_bad_item() throws Exception {
        Path file = ImportFixtures.path("articles.json");
        ReadResult r = FormatReaders.forFile(file).read(file);
        assertEquals(List.of("Ukraine builds drones", "Russia objects"), r.articles().stream().map(ImportedArticle::title).toList());
        assertEquals(1, r.failures().size());
        assertEquals(file + ", item 2", r.failures().get(0).where());
        assertEquals("the article has no \"paragraphs\" list", r.failures().get(0).reason());
    }

    @Test
    void fields_of_the_store_format_are_kept_and_ids_and_mentions_are_not() throws Exception {
        Path file = ImportFixtures.path("articles.json");
        ImportedArticle a = FormatReaders.forFile(file).read(file).articles().get(0);
        assertEquals("Example Wire", a.source());
        assertEquals("https://wire.example.com/drones", a.link());
        assertEquals("2024-02", a.date().iso());
        assertEquals(List.of("Ukraine builds drones.", "Denmark pays for some."), a.paragraphs());
        ImportedArticle b = FormatReaders.forFile(file).read(file).articles().get(1);
        assertEquals("articles.json", b.source(), "no link: the file name");
        assertTrue(StoreLayout.isValidId(ArticleIds.slug("../../x")));
    }

    @Test
    void one_object_is_one_article() throws Exception {
        ImportedArticle a = ImportFixtures.only(ImportFixtures.write(temp, "one.json", "{\"title\": \"T\", \"paragraphs\": [\"P.\"]}"));
        assertEquals("T", a.title());
    }

    @Test
    void invalid_json_is_refused_with_line_and_column() {
        String reason = ImportFixtures.failure(ImportFixtures.write(temp, "bad.json", "{\n  \"title\": \"T\",\n  \"paragraphs\": [\"P.\",]\n}"));
        assertTrue(reason.startsWith("the file is not valid JSON at line 3, column"), reason);
    }

    @Test
    void a_value_that_is_not_an_article_is_refused() {
        assertEquals("expected an article object or an array of them",
                ImportFixtures.failure(ImportFixtures.write(temp, "number.json", "42")));
    }

    @Test
    void an_empty_file_is_refused() {
        assertEquals("the file is empty", ImportFixtures.failure(ImportFixtures.write(temp, "empty.json", "")));
    }
}
