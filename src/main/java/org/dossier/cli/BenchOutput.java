package org.dossier.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dossier.bench.BenchFigures;
import org.dossier.bench.RenderFigures;
import org.dossier.bench.SearchFigures;
import org.dossier.model.Plural;

/**
 * What {@code dossier bench} prints: a table with one row per figure, named as in the JSON, with how it was
 * measured; or one JSON object. Milliseconds and megabytes have two decimals in JSON.
 */
final class BenchOutput {

    private BenchOutput() {
    }

    static void text(Path store, BenchFigures f, PrintStream out) {
        SearchFigures s = f.search();
        RenderFigures r = f.render();
        TerminalText.println(out, "Store " + store.toAbsolutePath().normalize() + ", Java "
                + System.getProperty("java.version"));
        out.println();
        TextTable table = new TextTable(TextTable.Column.left("figure"), TextTable.Column.right("value"),
                TextTable.Column.left("how"));
        table.row("articles", count(f.articles()), "")
                .row("entities", count(f.entities()), "")
                .row("relations", count(f.relations()), "")
                .row("mentions", count(f.mentions()), "")
                .row("problems", count(f.problems()), f.problems() == 0 ? "" : "the store is measured all the same")
                .row("store_mb", twoFigures(f.storeMb()), "every file in the store folder")
                .row("cores", f.cores(), "available processors")
                .row("max_heap_mb", number(f.maxHeapMb(), 0), "")
                .row("raw_parse_ms", ms(f.rawParseMs()), "read + Gson trees, articles in parallel; median of "
                        + runs(f.rawParseRunsMs()))
                .row("load_ms", ms(f.loadMs()), "StoreReader.load; median of " + runs(f.loadRunsMs()))
                .row("load_ratio", ratio(f), "load_ms / raw_parse_ms")
                .row("heap_mb", twoFigures(f.heapMb()), "used heap with the store loaded, after GC")
                .row("index_ms", ms(s.indexMs()), "search index built cold")
                .row("index_open_ms", s.indexOpenMs() == null ? "-" : ms(s.indexOpenMs()),
                        s.indexOpenMs() == null ? "the index could not be persisted" : "persisted index opened again")
                .row("search_p50_ms", ms(s.p50Ms()), s.queries() + " queries x " + s.rounds() + " rounds, limit 20")
                .row("search_p95_ms", ms(s.p95Ms()), "")
                .row("search_baseline_ms", ms(s.baselineMs()), "String.contains(\"" + s.baselineWord()
                        + "\") over all article text");
        if (r.unavailable() != null) {
            table.row("article_render_ms", "-", "not measured: " + r.unavailable());
        } else {
            String article = r.articleId() + ", " + count(r.characters()) + " characters (p95 by length)";
            table.row("article_render_p50_ms", ms(r.articleP50Ms()), article)
                    .row("article_render_ms", ms(r.articleP95Ms()), "p95 of " + r.samples() + " builds + CSS + layout")
                    .row("sidebar_render_p50_ms", ms(r.sidebarP50Ms()), "entity sidebar of the same article")
                    .row("sidebar_render_ms", ms(r.sidebarP95Ms()), "p95 of " + r.samples());
        }
        table.print(out);
    }

    static JsonObject json(BenchFigures f) {
        SearchFigures s = f.search();
        RenderFigures r = f.render();
        JsonObject o = new JsonObject();
        o.addProperty("articles", f.articles());
        o.addProperty("entities", f.entities());
        o.addProperty("relations", f.relations());
        o.addProperty("mentions", f.mentions());
        o.addProperty("problems", f.problems());
        o.addProperty("store_mb", round(f.storeMb()));
        o.addProperty("cores", f.cores());
        o.addProperty("max_heap_mb", round(f.maxHeapMb()));
        o.addProperty("runs", f.loadRunsMs().size());
        o.addProperty("raw_parse_ms", round(f.rawParseMs()));
        o.add("raw_parse_runs_ms", rounded(f.rawParseRunsMs()));
        o.addProperty("load_ms", round(f.loadMs()));
        o.add("load_runs_ms", rounded(f.loadRunsMs()));
        o.addProperty("load_ratio", Double.isFinite(f.loadRatio()) ? round(f.loadRatio()) : null);
        o.addProperty("heap_mb", round(f.heapMb()));
        o.addProperty("index_ms", round(s.indexMs()));
        o.addProperty("index_open_ms", round(s.indexOpenMs()));
        o.addProperty("search_queries", s.queries());
        o.addProperty("search_p50_ms", round(s.p50Ms()));
        o.addProperty("search_p95_ms", round(s.p95Ms()));
        o.addProperty("search_baseline_ms", round(s.baselineMs()));
        o.addProperty("render_article", r.articleId());
        o.addProperty("render_article_chars", r.characters());
        o.addProperty("article_render_ms", round(r.articleP95Ms()));
        o.addProperty("article_render_p50_ms", round(r.articleP50Ms()));
        o.addProperty("sidebar_render_ms", round(r.sidebarP95Ms()));
        o.addProperty("sidebar_render_p50_ms", round(r.sidebarP50Ms()));
        o.addProperty("render_unavailable", r.unavailable());
        return o;
    }

    /** Two decimals, as a JSON number that prints plainly (12.30, not 12.300000000000001 or 1.2E+3). */
    private static BigDecimal round(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static JsonArray rounded(List<Double> values) {
        JsonArray array = new JsonArray(values.size());
        values.forEach(v -> array.add(round(v)));
        return array;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String ms(double value) {
        return twoFigures(value);
    }

    /** Two decimals below 10, where they matter; one above. */
    private static String twoFigures(double value) {
        return number(value, value < 10 ? 2 : 1);
    }

    private static String ratio(BenchFigures f) {
        return Double.isFinite(f.loadRatio()) ? number(f.loadRatio(), 2) : "-";
    }

    private static String runs(List<Double> runs) {
        return Plural.count(runs.size(), "run", "runs") + ": " + runs.stream().map(BenchOutput::ms).collect(Collectors.joining(", "));
    }
}
