package org.dossier.ui.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The WCAG 2 contrast of every colour the window draws text (and the graph's and timeline's marks) in, against each
 * background it is drawn on, in both themes, read from the stylesheets themselves. Text needs 4.5:1 (WCAG AA), marks
 * that carry meaning without words 3:1 (WCAG 1.4.11). docs/themes.md lists the same figures.
 */
class ThemeContrastTest {

    private static final double TEXT = 4.5;
    private static final double MARK = 3.0;
    private static final List<String> KINDS = List.of("person", "country", "city", "organization", "agreement", "event",
            "other");

    /** A colour drawn on a background, and the contrast it needs. */
    record Pair(String what, String colour, String background, double needs) {
    }

    static List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        for (String kind : KINDS) {
            for (String bg : List.of("paper", "panel", "row", "selected", "hover", "node", "highlight")) {
                pairs.add(new Pair("link, " + kind, kind, bg, TEXT));
            }
        }
        for (String bg : List.of("paper", "panel", "row", "selected", "hover", "chip", "node", "centre", "hit",
                "hit-current")) {
            pairs.add(new Pair("text", "ink", bg, TEXT));
        }
        for (String bg : List.of("paper", "panel", "row", "selected", "chip")) {
            pairs.add(new Pair("secondary text", "muted", bg, TEXT));
        }
        pairs.add(new Pair("quoted sentence", "quote", "paper", TEXT));
        pairs.add(new Pair("quoted sentence", "quote", "row", TEXT));
        pairs.add(new Pair("highlighted sentence", "highlight-ink", "highlight", TEXT));
        pairs.add(new Pair("notice, date badge", "warning", "warning-bg", TEXT));
        pairs.add(new Pair("notice", "warning", "paper", TEXT));
        pairs.add(new Pair("error", "error", "paper", TEXT));
        pairs.add(new Pair("quote under the pointer", "accent", "paper", TEXT));
        pairs.add(new Pair("graph label", "ink", "graph", TEXT));
        pairs.add(new Pair("graph relation label", "muted", "graph", TEXT));
        pairs.add(new Pair("graph line", "edge", "graph", MARK));
        for (String bar : List.of("event", "agreement", "country")) {
            pairs.add(new Pair("timeline bar", bar, "graph", MARK));
        }
        pairs.add(new Pair("focus ring", "focus", "paper", MARK));
        pairs.add(new Pair("focus ring", "focus", "panel", MARK));
        return pairs;
    }

    @Test
    void every_text_colour_reads_at_4_5_to_1_and_every_mark_at_3_to_1_in_both_themes() throws IOException {
        for (boolean dark : List.of(false, true)) {
            Map<String, String> palette = palette(dark);
            for (Pair p : pairs()) {
                double ratio = contrast(colour(palette, p.colour()), colour(palette, p.background()));
                assertTrue(ratio >= p.needs(), (dark ? "dark" : "light") + ": " + p.what() + " (" + p.colour() + ") on "
                        + p.background() + " is " + String.format(Locale.ROOT, "%.2f", ratio) + ":1, needs " + p.needs());
            }
        }
    }

    @Test
    void docs_themes_lists_the_figures_as_they_are() throws IOException {
        String table = table();
        String docs = Files.readString(Path.of("docs/themes.md"));
        assertTrue(docs.contains(table), "docs/themes.md should hold this table as it is now:\n" + table);
    }

    @Test
    void the_contrast_of_black_on_white_is_21_and_of_a_colour_on_itself_is_1() {
        assertEquals(21.0, contrast("#000000", "#FFFFFF"), 1e-9);
        assertEquals(1.0, contrast("#7B3FB0", "#7B3FB0"), 1e-9);
        assertEquals(4.54, contrast("#767676", "#FFFFFF"), 0.01); // the grey WCAG's examples give as just passing
    }

    /** The table of docs/themes.md: one line per colour and background, both themes side by side. */
    static String table() throws IOException {
        Map<String, String> light = palette(false);
        Map<String, String> dark = palette(true);
        StringBuilder sb = new StringBuilder("| What | Colour on background | Light | Dark | Needs |\n|---|---|--:|--:|--:|\n");
        for (Pair p : pairs()) {
            sb.append(String.format(Locale.ROOT, "| %s | %s on %s | %.2f | %.2f | %.1f |%n", p.what(), p.colour(),
                    p.background(), contrast(colour(light, p.colour()), colour(light, p.background())),
                    contrast(colour(dark, p.colour()), colour(dark, p.background())), p.needs()));
        }
        return sb.toString();
    }

    /** The palette of a theme: the light one of dossier.css, with dossier-dark.css's values over it for dark. */
    static Map<String, String> palette(boolean dark) throws IOException {
        Map<String, String> palette = new LinkedHashMap<>(rootColours(Css.STYLESHEET));
        if (dark) {
            palette.putAll(rootColours(Css.DARK_STYLESHEET));
        }
        return palette;
    }

    private static Map<String, String> rootColours(String resource) throws IOException {
        String css;
        try (InputStream in = Css.class.getResourceAsStream(resource)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher root = Pattern.compile("(?m)^\\.root \\{([^}]*)\\}").matcher(css);
        assertTrue(root.find(), resource + " has a .root block");
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher m = Pattern.compile("-dossier-([a-z-]+):\\s*(#[0-9A-Fa-f]{6});").matcher(root.group(1));
        while (m.find()) {
            colours.put(m.group(1), m.group(2));
        }
        return colours;
    }

    private static String colour(Map<String, String> palette, String name) {
        String hex = palette.get(name);
        assertTrue(hex != null, "the palette has no -dossier-" + name);
        return hex;
    }

    /** WCAG 2's contrast ratio: (lighter + 0.05) / (darker + 0.05) of the relative luminances. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
