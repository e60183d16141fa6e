package org.dossier.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.List;
import org.dossier.cli.TextTable.Column;
import org.dossier.discovery.EntitySuggestion;
import org.dossier.discovery.RelationSuggestion;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;

/** How {@code dossier suggest} prints suggestions: a table, or JSON for scripts. */
final class SuggestOutput {

    private SuggestOutput() {
    }

    static JsonArray entitiesJson(List<EntitySuggestion> found) {
        JsonArray array = new JsonArray(found.size());
        for (EntitySuggestion s : found) {
            JsonObject o = new JsonObject();
            o.addProperty("name", s.name());
            o.addProperty("kind", s.kind());
            o.add("variants", JsonOutput.strings(s.variants()));
            o.addProperty("mentions", s.mentions());
            o.addProperty("articles", s.articles());
            o.addProperty("confidence", s.confidence());
            // The list an imported entry came from ("sanctions.csv"); null for a name found in the articles alone.
            o.addProperty("source", s.listed() == null ? null : s.source());
            if (s.listed() != null && !s.listed().summary().isEmpty()) {
                o.addProperty("summary", s.listed().summary());
            }
            o.add("example", sentence(s.example()));
            array.add(o);
        }
        return array;
    }

    static JsonArray relationsJson(List<RelationSuggestion> found, KnowledgeBase kb) {
        JsonArray array = new JsonArray(found.size());
        for (RelationSuggestion r : found) {
            JsonObject o = new JsonObject();
            o.add("subject", end(kb, r.subject()));
            o.addProperty("type", r.type());
            o.add("object", end(kb, r.object()));
            o.addProperty("date", JsonOutput.iso(r.date()));
            JsonArray evidence = new JsonArray(r.evidence().size());
            r.evidence().forEach(e -> evidence.add(sentence(e)));
            o.add("evidence", evidence);
            o.addProperty("confidence", r.confidence());
            array.add(o);
        }
        return array;
    }

    private static JsonObject end(KnowledgeBase kb, String id) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("name", name(kb, id));
        return o;
    }

    private static JsonObject sentence(Evidence e) {
        JsonObject o = new JsonObject();
        o.addProperty("article", e == null ? null : e.article());
        o.addProperty("sentence", e == null ? null : e.quote());
        return o;
    }

    static void printEntities(List<EntitySuggestion> found, PrintStream out) {
        if (found.isEmpty()) {
            out.println("No suggestions: every recurring name is an entity already, or was rejected.");
            return;
        }
        TextTable table = new TextTable(Column.left("NAME"), Column.left("KIND"), Column.right("MENTIONS"),
                Column.right("ARTICLES"), Column.right("CONFIDENCE"), Column.left("VARIANTS"));
        for (EntitySuggestion s : found) {
            table.row(s.name(), s.kind(), s.mentions(), s.articles(), String.format("%.2f", s.confidence()),
                    String.join(", ", s.variants()) + (s.listed() == null ? "" : " (from " + s.source() + ")"));
        }
        table.print(out);
    }

    static void printRelations(List<RelationSuggestion> found, KnowledgeBase kb, PrintStream out) {
        if (found.isEmpty()) {
            out.println("No relation suggestions: no sentence names two entities in a way Dossier reads.");
            return;
        }
        for (RelationSuggestion r : found) {
            TerminalText.println(out, String.format("%s %s %s%s  (%.2f, %d %s)", name(kb, r.subject()), r.type(),
                    name(kb, r.object()), r.date() == null ? "" : ", " + r.date().iso(), r.confidence(),
                    r.evidence().size(), r.evidence().size() == 1 ? "sentence" : "sentences"));
            TerminalText.println(out, "    \u201C" + r.evidence().get(0).quote() + "\u201D ("
                    + r.evidence().get(0).article() + ")");
        }
    }

    static String name(KnowledgeBase kb, String id) {
        Entity e = kb.entity(id);
        return e == null ? id : e.name();
    }
}
