package org.dossier.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReaderTest {

    @TempDir
    Path temp;

    @Test
    void the_first_heading_is_the_title_and_markup_that_is_not_words_is_dropped() throws Exception {
        ImportedArticle a = ImportFixtures.only(ImportFixtures.path("briefing.md"));
        assertEquals("Briefing: NATO and the Armed Forces of Ukraine", a.title());
        assertEquals(List.of(
                "NATO allies met in Brussels to discuss support for Ukraine’s armed forces.",
                "Next steps",
                "More training for Ukrainian crews",
                "A fund named snake_case_fund for repairs",
                "1. First, the Danish package.",
                "Denmark will deliver more, said the minister.",
                "code is dropped, its fence too"), a.paragraphs());
        assertEquals("briefing.md", a.source());
    }

    @Test
    void without_a_heading_the_first_line_is_the_title() throws Exception {
        ImportedArticle a = ImportFixtures.only(ImportFixtures.write(temp, "plain.md", "A title\n\nSome *text*."));
        assertEquals("A title", a.title());
        assertEquals(List.of("Some text."), a.paragraphs());
    }

    @Test
    void an_empty_file_is_refused() {
        assertEquals("the file is empty", ImportFixtures.failure(ImportFixtures.write(temp, "empty.md", "\n")));
    }
}
