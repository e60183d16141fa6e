package org.dossier.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.dossier.cli.TextTable.Column;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;

/** {@code dossier list entities}: id, kind, name and how often the articles mention each entity. */
final class EntityListing implements Listing {

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public TextTable table(KnowledgeBase kb) {
        TextTable table = new TextTable(Column.left("ID"), Column.left("KIND"), Column.left("NAME"),
                Column.right("MENTIONS"));
        for (Entity e : kb.entities()) {
            table.row(e.id(), e.kind(), e.name(), kb.mentionCount(e.id()));
        }
        return table;
    }

    @Override
    public JsonArray json(KnowledgeBase kb) {
        JsonArray array = new JsonArray();
        for (Entity e : kb.entities()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", e.id());
            o.addProperty("kind", e.kind());
            o.addProperty("name", e.name());
            o.add("aliases", JsonOutput.strings(e.aliases()));
            o.addProperty("mentions", kb.mentionCount(e.id()));
            array.add(o);
        }
        return array;
    }
}
