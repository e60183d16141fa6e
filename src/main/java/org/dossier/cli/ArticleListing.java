package org.dossier.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.dossier.cli.TextTable.Column;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase;

/** {@code dossier list articles}: id, publication date, number of linked mentions and title. */
final class ArticleListing implements Listing {

    /** Said rather than left blank, so that a missing date does not look like a missing column. */
    static final String NO_DATE = "date not given";

    @Override
    public String name() {
        return "articles";
    }

    @Override
    public TextTable table(KnowledgeBase kb) {
        TextTable table = new TextTable(Column.left("ID"), Column.left("DATE"), Column.right("MENTIONS"),
                Column.left("TITLE"));
        for (Article a : kb.articles()) {
            table.row(a.id(), a.date() == null ? NO_DATE : a.date().iso(), a.mentions().size(), a.title());
        }
        return table;
    }

    @Override
    public JsonArray json(KnowledgeBase kb) {
        JsonArray array = new JsonArray();
        for (Article a : kb.articles()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", a.id());
            o.addProperty("title", a.title());
            o.addProperty("date", JsonOutput.iso(a.date()));
            o.addProperty("mentions", a.mentions().size());
            array.add(o);
        }
        return array;
    }
}
