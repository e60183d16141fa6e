package org.dossier.cli;

import com.google.gson.JsonArray;
import org.dossier.cli.TextTable.Column;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;
import org.dossier.store.StoreJson;

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

    /** The relations exactly as the store writes them: one shape for a relation wherever it is JSON. */
    @Override
    public JsonArray json(KnowledgeBase kb) {
        JsonArray array = new JsonArray();
        kb.relations().forEach(r -> array.add(StoreJson.relation(r)));
        return array;
    }
}
