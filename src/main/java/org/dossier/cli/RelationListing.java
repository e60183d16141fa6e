package org.dossier.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.dossier.cli.TextTable.Column;
import org.dossier.model.Evidence;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.PartialDate;
import org.dossier.model.Relation;

/** {@code dossier list relations}: each relation with the start of the first sentence that states it. */
final class RelationListing implements Listing {

    /** Enough of a quote to recognise the sentence without pushing the table off a wide terminal. */
    static final int QUOTE_WIDTH = 60;

    @Override
    public String name() {
        return "relations";
    }

    @Override
    public TextTable table(KnowledgeBase kb) {
        TextTable table = new TextTable(Column.left("ID"), Column.left("TYPE"), Column.left("SUBJECT"),
                Column.left("OBJECT"), Column.left("EVIDENCE"));
        for (Relation r : kb.relations()) {
            table.row(r.id(), r.type(), r.subject(), r.object(),
                    TextTable.shorten(r.evidence().get(0).quote(), QUOTE_WIDTH));
        }
        return table;
    }

    @Override
    public JsonArray json(KnowledgeBase kb) {
        JsonArray array = new JsonArray();
        for (Relation r : kb.relations()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", r.id());
            o.addProperty("type", r.type());
            o.addProperty("subject", r.subject());
            o.addProperty("object", r.object());
            putDate(o, "date", r.date());
            putDate(o, "start", r.start());
            putDate(o, "end", r.end());
            o.add("evidence", evidence(r));
            array.add(o);
        }
        return array;
    }

    private static JsonArray evidence(Relation r) {
        JsonArray array = new JsonArray();
        for (Evidence ev : r.evidence()) {
            JsonObject o = new JsonObject();
            o.addProperty("article", ev.article());
            o.addProperty("paragraph", ev.paragraph());
            o.addProperty("start", ev.start());
            o.addProperty("end", ev.end());
            o.addProperty("quote", ev.quote());
            array.add(o);
        }
        return array;
    }

    /** Dates a relation does not have are left out rather than null: most relations have none. */
    private static void putDate(JsonObject o, String key, PartialDate date) {
        if (date != null) {
            o.addProperty(key, date.iso());
        }
    }
}
