package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.cli.TextTable.Column;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void columns_are_as_wide_as_their_widest_cell_and_lines_have_no_trailing_spaces() {
        TextTable table = new TextTable(Column.left("ID"), Column.right("N"), Column.left("NAME"))
                .row("kyiv", 3, "Київ")
                .row("a", 12, "");
        assertEquals(List.of(
                "ID     N  NAME",
                "kyiv   3  Київ",
                "a     12"), print(table));
    }

    @Test
    void short_text_is_kept_whole() {
        assertEquals("Denmark supports Ukraine.", TextTable.shorten("Denmark supports Ukraine.", 60));
    }

    @Test
    void long_text_is_cut_at_a_word_and_ends_with_an_ellipsis() {
        assertEquals("Denmark supports…", TextTable.shorten("Denmark supports Ukraine.", 20));
    }

    @Test
    void a_single_long_word_is_cut_inside_it() {
        assertEquals("abcdefghi…", TextTable.shorten("abcdefghijklmnopqrstuvwxyz", 10));
    }

    @Test
    void line_breaks_become_spaces() {
        assertEquals("one two", TextTable.shorten("one\ntwo", 60));
    }

    @Test
    void characters_outside_the_basic_plane_are_not_split() {
        String text = "\uD83C\uDDFA\uD83C\uDDE6".repeat(10);
        String shown = TextTable.shorten(text, 5);
        assertEquals(5, shown.codePointCount(0, shown.length()));
    }

    private static List<String> print(TextTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
