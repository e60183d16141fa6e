package org.dossier.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.Relation;

/**
 * The model as the store's JSON: fields always in the same order, empty optional fields left out, two-space
 * indentation, real characters rather than escapes, and a final newline, so equal data gives equal bytes.
 */
public final class StoreJson {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private StoreJson() {
    }

    public static String text(JsonObject root) {
        return GSON.toJson(root) + "\n";
    }

    public static JsonObject storeFile(String name) {
        JsonObject o = new JsonObject();
        o.addProperty("formatVersion", StoreLayout.FORMAT_VERSION);
        o.addProperty("name", name);
        return o;
    }

    public static JsonObject entitiesFile(List<Entity> entities) {
        JsonArray array = new JsonArray();
        entities.forEach(e -> array.add(entity(e)));
        JsonObject o = new JsonObject();
        o.add("entities", array);
        return o;
    }

    public static JsonObject relationsFile(List<Relation> relations) {
        JsonArray array = new JsonArray();
        relations.forEach(r -> array.add(relation(r)));
        JsonObject o = new JsonObject();
        o.add("relations", array);
        return o;
    }

    static JsonObject entity(Entity e) {
        JsonObject o = new JsonObject();
        o.addProperty("id", e.id());
        o.addProperty("kind", e.kind());
        o.addProperty("name", e.name());
        putList(o, "aliases", e.aliases());
        putList(o, "demonyms", e.demonyms());
        putList(o, "references", e.references());
        if (!e.summary().isEmpty()) {
            o.addProperty("summary", e.summary());
        }
        putAttributes(o, e.attributes());
        return o;
    }

    /** Facts as an entity has them in entities.json: each a string or a list of strings; nothing when none. */
    static void putAttributes(JsonObject o, Map<String, AttributeValue> attributes) {
        if (!attributes.isEmpty()) {
            JsonObject attrs = new JsonObject();
            for (Map.Entry<String, AttributeValue> a : attributes.entrySet()) {
                if (a.getValue().isList()) {
                    attrs.add(a.getKey(), strings(a.getValue().values()));
                } else {
                    attrs.addProperty(a.getKey(), a.getValue().values().get(0));
                }
            }
            o.add("attributes", attrs);
        }
    }

    public static JsonObject article(Article a) {
        JsonObject o = new JsonObject();
        o.addProperty("id", a.id());
        o.addProperty("title", a.title());
        if (!a.source().isEmpty()) {
            o.addProperty("source", a.source());
        }
        if (a.link() != null) {
            o.addProperty("link", a.link());
        }
        putDate(o, "date", a.date());
        o.add("paragraphs", strings(a.paragraphs()));
        JsonArray mentions = new JsonArray();
        for (Mention m : a.mentions()) {
            JsonObject mo = new JsonObject();
            mo.addProperty("entity", m.entity());
            mo.addProperty("paragraph", m.paragraph());
            mo.addProperty("start", m.start());
            mo.addProperty("end", m.end());
            mo.addProperty("text", m.text());
            if (m.rule() != null) {
                mo.addProperty("rule", m.rule().id());
            }
            mentions.add(mo);
        }
        o.add("mentions", mentions);
        return o;
    }

    /**
     * Writes an article's file as {@link #text(JsonObject)} of {@link #article(Article)} would, without building the
     * JSON tree first: an article with a million linked mentions would need a million JSON objects in memory (about
     * 400 bytes each), where streaming them needs none.
     */
    public static void writeArticle(Article a, java.io.OutputStream out) throws java.io.IOException {
        java.io.Writer text = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        com.google.gson.stream.JsonWriter json = GSON.newJsonWriter(text);
        json.beginObject();
        json.name("id").value(a.id());
        json.name("title").value(a.title());
        if (!a.source().isEmpty()) {
            json.name("source").value(a.source());
        }
        if (a.link() != null) {
            json.name("link").value(a.link());
        }
        if (a.date() != null) {
            json.name("date").value(a.date().iso());
        }
        json.name("paragraphs").beginArray();
        for (String p : a.paragraphs()) {
            json.value(p);
        }
        json.endArray();
        json.name("mentions").beginArray();
        for (Mention m : a.mentions()) {
            json.beginObject();
            json.name("entity").value(m.entity());
            json.name("paragraph").value(m.paragraph());
            json.name("start").value(m.start());
            json.name("end").value(m.end());
            json.name("text").value(m.text());
            if (m.rule() != null) {
                json.name("rule").value(m.rule().id());
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
        text.write('\n');
        text.flush();
    }

    /** A relation as the store writes it (also what {@code dossier list relations --json} prints). */
    public static JsonObject relation(Relation r) {
        JsonObject o = new JsonObject();
        o.addProperty("id", r.id());
        o.addProperty("type", r.type());
        o.addProperty("subject", r.subject());
        o.addProperty("object", r.object());
        putDate(o, "date", r.date());
        putDate(o, "start", r.start());
        putDate(o, "end", r.end());
        JsonArray evidence = new JsonArray();
        for (Evidence ev : r.evidence()) {
            JsonObject eo = new JsonObject();
            eo.addProperty("article", ev.article());
            eo.addProperty("paragraph", ev.paragraph());
            eo.addProperty("start", ev.start());
            eo.addProperty("end", ev.end());
            eo.addProperty("quote", ev.quote());
            evidence.add(eo);
        }
        o.add("evidence", evidence);
        return o;
    }

    static void putList(JsonObject o, String key, List<String> values) {
        if (!values.isEmpty()) {
            o.add(key, strings(values));
        }
    }

    private static void putDate(JsonObject o, String key, PartialDate date) {
        if (date != null) {
            o.addProperty(key, date.iso());
        }
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray(values.size());
        values.forEach(array::add);
        return array;
    }
}
