package org.dossier.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import org.dossier.model.Plural;
import org.dossier.search.ArticleHit;
import org.dossier.search.EntityHit;
import org.dossier.search.SearchResults;

/** What {@code dossier search} prints: entities, then articles with date, hits and snippet; or JSON. */
final class SearchOutput {

    /** The most characters of the query repeated when nothing matches. */
    private static final int SHOWN_QUERY = 80;

    private SearchOutput() {
    }

    /**
     * <pre>
     * 1 entity:
     *   Volodymyr Zelensky (person, volodymyr-zelensky), alias "Зеленський"
     *
     * 1 article:
     *   Ukraine and Denmark Collaborate on Military Production in Denmark
     *     ukraine-denmark-military-production · date not given · 2 hits
     *     …President **Zelensky** announced…
     * </pre>
     */
    static void text(SearchResults results, PrintStream out) {
        if (results.isEmpty()) {
            // A pasted text is not echoed whole.
            TerminalText.println(out, "Nothing matches " + TextTable.shorten(results.query(), SHOWN_QUERY) + ".");
            return;
        }
        if (!results.entities().isEmpty()) {
            out.println(Plural.count(results.entities().size(), "entity", "entities") + ":");
            for (EntityHit e : results.entities()) {
                TerminalText.println(out, "  " + e.name() + " (" + e.kind() + ", " + e.id() + ")"
                        + (e.matchedAlias() == null ? "" : ", alias \"" + e.matchedAlias() + "\""));
            }
        }
        if (!results.articles().isEmpty()) {
            if (!results.entities().isEmpty()) {
                out.println();
            }
            out.println(Plural.count(results.articles().size(), "article", "articles") + ":");
            for (ArticleHit a : results.articles()) {
                TerminalText.println(out, "  " + a.title());
                TerminalText.println(out, "    " + a.id() + " · "
                        + (a.date() == null ? ArticleListing.NO_DATE : a.date().iso()) + " · "
                        + Plural.count(a.hits(), "hit", "hits"));
                if (!a.snippet().isEmpty()) {
                    TerminalText.println(out, "    " + markdown(a.snippet()));
                }
            }
        }
    }

    /** The snippet for a terminal: {@code <b>word</b>} as {@code **word**}, escapes undone. */
    static String markdown(String snippet) {
        return snippet.replace("<b>", "**").replace("</b>", "**")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /**
     * A title escaped as the snippet beside it is, so that a reader of the JSON treats both fields alike (shown as
     * HTML, an article titled "R&D <2024>" would otherwise lose words from its title only).
     */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static JsonObject json(SearchResults results) {
        JsonObject o = new JsonObject();
        o.addProperty("query", results.query());
        o.addProperty("took_ms", results.tookMs());
        o.addProperty("notice", results.notice());
        JsonArray entities = new JsonArray();
        for (EntityHit e : results.entities()) {
            JsonObject eo = new JsonObject();
            eo.addProperty("id", e.id());
            eo.addProperty("name", e.name());
            eo.addProperty("kind", e.kind());
            eo.addProperty("score", e.score());
            entities.add(eo);
        }
        o.add("entities", entities);
        JsonArray articles = new JsonArray();
        for (ArticleHit a : results.articles()) {
            JsonObject ao = new JsonObject();
            ao.addProperty("id", a.id());
            ao.addProperty("title", escaped(a.title()));
            ao.addProperty("score", a.score());
            ao.addProperty("hits", a.hits());
            ao.addProperty("snippet", a.snippet());
            articles.add(ao);
        }
        o.add("articles", articles);
        return o;
    }
}
