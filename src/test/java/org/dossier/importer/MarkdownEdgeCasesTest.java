package org.dossier.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown read as a Markdown reader reads it: each case a regular expression got wrong, or could. */
class MarkdownEdgeCasesTest {

    @TempDir
    Path temp;

    private List<String> paragraphs(String markdown) throws Exception {
        return ImportFixtures.only(ImportFixtures.write(temp, "a.md", "# Title\n\n" + markdown)).paragraphs();
    }

    @Test
    void a_reference_link_keeps_its_words_and_its_definition_is_not_text() throws Exception {
        assertEquals(List.of("Denmark signed the agreement in Kyiv, and the full text."),
                paragraphs("Denmark signed [the agreement][deal] in [Kyiv], and [the full text].\n\n"
                        + "[deal]: https://example.org/deal \"The deal\"\n[kyiv]: https://example.org/kyiv\n"
                        + "[the full text]: <https://example.org/text>\n"));
    }

    @Test
    void a_url_with_parentheses_leaves_nothing_of_itself_behind() throws Exception {
        assertEquals(List.of("The port of Odesa reopened."),
                paragraphs("The port of [Odesa](https://en.wikipedia.org/wiki/Odesa_(city)) reopened."));
    }

    @Test
    void escaped_marks_are_the_characters_themselves() throws Exception {
        assertEquals(List.of("*Not emphasis* and [not a link] and 1. not a list", "2. a plain line, # not a heading"),
                paragraphs("\\*Not emphasis\\* and \\[not a link\\] and 1\\. not a list\n\n"
                        + "2\\. a plain line, \\# not a heading"));
    }

    @Test
    void entities_become_the_characters_they_name() throws Exception {
        assertEquals(List.of("Research & development — “joint”"),
                paragraphs("Research &amp; development &mdash; &ldquo;joint&rdquo;"));
    }

    @Test
    void emphasis_marks_go_but_underscores_inside_words_stay() throws Exception {
        assertEquals(List.of("A bold move, an italic word and snake_case_fund with 2*3*4 kept."),
                paragraphs("A **bold** move, an _italic_ word and snake_case_fund with 2\\*3\\*4 kept."));
    }

    @Test
    void code_keeps_its_characters_as_written() throws Exception {
        assertEquals(List.of("Run make *all* now.", "if (a < b) { return a*b; }"),
                paragraphs("Run `make *all*` now.\n\n```java\nif (a < b) { return a*b; }\n```"));
    }

    @Test
    void lists_give_one_paragraph_per_item_and_numbered_items_keep_their_numbers() throws Exception {
        assertEquals(List.of("Shells", "Drones", "3) Third, the training.", "4) Fourth, the repairs.", "A nested point"),
                paragraphs("- Shells\n* Drones\n\n3) Third, the training.\n4) Fourth, the repairs.\n"
                        + "   - A nested point"));
    }

    @Test
    void headings_of_both_kinds_are_paragraphs_and_closing_marks_go() throws Exception {
        ImportedArticle a = ImportFixtures.only(ImportFixtures.write(temp, "h.md",
                "Setext title\n============\n\nText.\n\n## Next steps ##\n\nMore.\n\nAnother\n-------\n"));
        assertEquals("Setext title", a.title());
        assertEquals(List.of("Text.", "Next steps", "More.", "Another"), a.paragraphs());
    }

    @Test
    void an_html_block_gives_the_text_a_browser_shows_and_nothing_of_its_scripts_or_comments() throws Exception {
        assertEquals(List.of("Some bold words.", "A second paragraph.", "After the HTML."),
                paragraphs("<div class=\"box\">\n<p>Some <b>bold</b> words.</p>\n<p>A second paragraph.</p>\n"
                        + "<script>track();</script>\n</div>\n\n<!-- an editor's note -->\n\nAfter the HTML."));
    }

    @Test
    void inline_html_tags_go_and_their_words_stay() throws Exception {
        assertEquals(List.of("The Ukrainian-Danish plant opens."),
                paragraphs("The <span class=\"x\">Ukrainian-Danish</span> <em>plant</em> opens."));
    }

    @Test
    void images_give_no_words_and_automatic_links_give_their_address() throws Exception {
        assertEquals(List.of("See https://example.org/report for more."),
                paragraphs("![a photo of the plant](plant.jpg)\n\nSee <https://example.org/report> for more."));
    }

    @Test
    void a_block_quote_and_a_hard_line_break_read_as_running_text() throws Exception {
        assertEquals(List.of("Denmark will deliver more, said the minister."),
                paragraphs("> Denmark will deliver more,  \n> said the minister."));
    }
}
