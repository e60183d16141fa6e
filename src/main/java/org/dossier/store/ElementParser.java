package org.dossier.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.LinkRule;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.Relation;

/**
 * Turns one JSON object of a store file into a model record, or reports why it cannot. Checks what one
 * object can show by itself (types, required fields, id syntax, dates); {@link ReferenceChecker} checks what
 * needs the whole store.
 */
final class ElementParser {

    private final JsonFields fields;

    ElementParser(FileProblems problems) {
        this.fields = new JsonFields(problems);
    }

    FileProblems problems() {
        return fields.problems();
    }

    JsonFields fields() {
        return fields;
    }

    Entity entity(JsonElement element, String path) {
        JsonObject o = fields.object(element, path, "an entity");
        if (o == null) {
            return null;
        }
        String id = id(o, path);
        String kind = fields.requiredString(o, "kind", path);
        String name = fields.requiredString(o, "name", path);
        List<String> aliases = fields.stringList(o, "aliases", path);
        List<String> demonyms = fields.stringList(o, "demonyms", path);
        List<String> references = fields.stringList(o, "references", path);
        String summary = fields.optionalString(o, "summary", path);
        Map<String, AttributeValue> attributes = attributes(o, path);
        if (id == null || kind == null || name == null) {
            return null;
        }
        return new Entity(id, kind, name, aliases, demonyms, references, summary, attributes);
    }

    Map<String, AttributeValue> attributes(JsonObject o, String path) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        JsonElement e = o.get("attributes");
        if (e == null || e.isJsonNull()) {
            return out;
        }
        JsonObject attrs = fields.object(e, path + ".attributes", "'attributes'");
        if (attrs == null) {
            return out;
        }
        for (Map.Entry<String, JsonElement> a : attrs.entrySet()) {
            String at = path + ".attributes." + a.getKey();
            AttributeValue value = attributeValue(a.getValue(), at);
            if (value == null) {
                continue;
            }
            if (StoreSchema.DATE_ATTRIBUTES.contains(a.getKey())) {
                boolean ok = true;
                for (String s : value.values()) {
                    ok &= fields.parseDate(s, at) != null;
                }
                if (!ok) {
                    continue;
                }
            }
            out.put(a.getKey(), value);
        }
        return out;
    }

    private AttributeValue attributeValue(JsonElement v, String path) {
        if (v instanceof JsonPrimitive p && p.isString()) {
            return AttributeValue.of(p.getAsString());
        }
        if (v.isJsonArray()) {
            List<String> items = new ArrayList<>();
            for (JsonElement item : v.getAsJsonArray()) {
                if (!(item instanceof JsonPrimitive p) || !p.isString()) {
                    fields.problems().add(path, "an attribute list must hold only text, but holds "
                            + JsonFields.describe(item));
                    return null;
                }
                items.add(p.getAsString());
            }
            return AttributeValue.ofList(items);
        }
        fields.problems().add(path, "an attribute must be text or a list of text, not " + JsonFields.describe(v));
        return null;
    }

    /** The article, with the index in the file of each mention kept; null if it cannot be read. */
    Indexed<Article> article(JsonElement element, String path) {
        JsonObject o = fields.object(element, path, "an article");
        if (o == null) {
            return null;
        }
        String id = id(o, path);
        String title = fields.requiredString(o, "title", path);
        String source = fields.optionalString(o, "source", path);
        String link = fields.optionalString(o, "link", path);
        PartialDate date = fields.date(o, "date", path);
        JsonArray paragraphArray = fields.array(o, "paragraphs", path, true);
        List<String> paragraphs = fields.stringList(o, "paragraphs", path);
        List<Mention> mentions = new ArrayList<>();
        JsonArray mentionArray = fields.array(o, "mentions", path, false);
        int[] places = new int[mentionArray == null ? 0 : mentionArray.size()];
        for (int i = 0; i < places.length; i++) {
            Mention m = mention(mentionArray.get(i), path + ".mentions[" + i + "]");
            if (m != null) {
                places[mentions.size()] = i;
                mentions.add(m);
            }
        }
        if (id == null || title == null || paragraphArray == null || paragraphs.size() != paragraphArray.size()) {
            return null;
        }
        return new Indexed<>(new Article(id, title, source, link, date, paragraphs, mentions), places);
    }

    private Mention mention(JsonElement element, String path) {
        JsonObject o = fields.object(element, path, "a mention");
        if (o == null) {
            return null;
        }
        String entity = fields.requiredString(o, "entity", path);
        Integer paragraph = fields.index(o, "paragraph", path);
        Integer start = fields.index(o, "start", path);
        Integer end = fields.index(o, "end", path);
        String text = fields.requiredString(o, "text", path);
        LinkRule rule = rule(o, path);
        if (entity == null || paragraph == null || start == null || end == null || text == null) {
            return null;
        }
        return new Mention(entity, paragraph, start, end, text, rule);
    }

    /** The optional rule of an automatic link; an unknown one is reported, and the link kept as one made by hand. */
    private LinkRule rule(JsonObject o, String path) {
        String id = fields.optionalString(o, "rule", path);
        if (id == null) {
            return null;
        }
        LinkRule rule = LinkRule.ofId(id);
        if (rule == null) {
            fields.problems().add(path + ".rule", "'" + id + "' is not a link rule (Dossier knows " + LinkRule.ids()
                    + "); the link is kept as one made by hand");
        }
        return rule;
    }

    /** The relation, with the index in the file of each piece of evidence kept; null if it cannot be read. */
    Indexed<Relation> relation(JsonElement element, String path) {
        JsonObject o = fields.object(element, path, "a relation");
        if (o == null) {
            return null;
        }
        String id = fields.requiredString(o, "id", path);
        String type = fields.requiredString(o, "type", path);
        String subject = fields.requiredString(o, "subject", path);
        String object = fields.requiredString(o, "object", path);
        PartialDate date = fields.date(o, "date", path);
        PartialDate start = fields.date(o, "start", path);
        PartialDate end = fields.date(o, "end", path);
        List<Evidence> evidence = new ArrayList<>();
        JsonArray evidenceArray = fields.array(o, "evidence", path, true);
        int[] places = new int[evidenceArray == null ? 0 : evidenceArray.size()];
        if (evidenceArray != null) {
            for (int i = 0; i < places.length; i++) {
                Evidence ev = evidence(evidenceArray.get(i), path + ".evidence[" + i + "]");
                if (ev != null) {
                    places[evidence.size()] = i;
                    evidence.add(ev);
                }
            }
            if (evidenceArray.isEmpty()) {
                fields.problems().add(path + ".evidence",
                        "a relation needs at least one evidence sentence; this one has none");
            }
        }
        if (id == null || type == null || subject == null || object == null || evidence.isEmpty()) {
            return null;
        }
        return new Indexed<>(new Relation(id, type, subject, object, date, start, end, evidence), places);
    }

    private Evidence evidence(JsonElement element, String path) {
        JsonObject o = fields.object(element, path, "an evidence item");
        if (o == null) {
            return null;
        }
        String article = fields.requiredString(o, "article", path);
        Integer paragraph = fields.index(o, "paragraph", path);
        Integer start = fields.index(o, "start", path);
        Integer end = fields.index(o, "end", path);
        String quote = fields.requiredString(o, "quote", path);
        if (article == null || paragraph == null || start == null || end == null || quote == null) {
            return null;
        }
        return new Evidence(article, paragraph, start, end, quote);
    }

    private String id(JsonObject o, String path) {
        String id = fields.requiredString(o, "id", path);
        if (id != null && !StoreLayout.isValidId(id)) {
            fields.problems().add(path + ".id", "'" + id + "' is not a valid id: use lower-case letters, digits, "
                    + "'-', '_' and '.', starting and ending with a letter or digit");
            return null;
        }
        return id;
    }
}
