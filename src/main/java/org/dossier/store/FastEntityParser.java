package org.dossier.store;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.PartialDate;

/**
 * Reads a well-formed entities.json straight into entities with Gson's streaming reader, as
 * {@link FastArticleParser} does for articles: anything unusual gives null, and the careful reader, which names
 * each problem's place, reads the file instead. It gives exactly the entities the careful reader gives.
 */
final class FastEntityParser {

    private FastEntityParser() {
    }

    /** The entities in file order, or null when the text is anything but a plain valid entities file. */
    static List<Entity> parse(String text) {
        try {
            JsonReader in = new JsonReader(new StringReader(text));
            in.setStrictness(Strictness.STRICT);
            List<Entity> entities = null;
            FastJson.Keys keys = new FastJson.Keys();
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                keys.add(name);
                if (name.equals("entities")) {
                    entities = entities(in);
                } else {
                    FastJson.skip(in);
                }
            }
            in.endObject();
            return entities != null && in.peek() == JsonToken.END_DOCUMENT ? entities : null;
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            return null;
        }
    }

    private static List<Entity> entities(JsonReader in) throws IOException {
        List<Entity> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        in.beginArray();
        while (in.hasNext()) {
            Entity e = entity(in);
            if (!ids.add(e.id())) {
                throw new IllegalStateException("duplicate id");
            }
            out.add(e);
        }
        in.endArray();
        return out;
    }

    private static Entity entity(JsonReader in) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        FastJson.Keys keys = new FastJson.Keys();
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            keys.add(name);
            Object value = switch (name) {
                case "id", "kind", "name" -> FastJson.requiredString(in);
                case "summary" -> FastJson.optionalString(in);
                case "aliases", "demonyms", "references" -> FastJson.strings(in);
                case "attributes" -> attributes(in);
                default -> {
                    FastJson.skip(in);
                    yield null;
                }
            };
            if (value != null) {
                fields.put(name, value);
            }
        }
        in.endObject();
        String id = (String) fields.get("id");
        if (id == null || fields.get("kind") == null || fields.get("name") == null || !StoreLayout.isValidId(id)) {
            throw new IllegalStateException("not a plain entity");
        }
        return new Entity(id, (String) fields.get("kind"), (String) fields.get("name"), list(fields, "aliases"),
                list(fields, "demonyms"), list(fields, "references"), (String) fields.get("summary"),
                attributes(fields));
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> fields, String name) {
        return (List<String>) fields.getOrDefault(name, List.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, AttributeValue> attributes(Map<String, Object> fields) {
        return (Map<String, AttributeValue>) fields.getOrDefault("attributes", Map.of());
    }

    private static Map<String, AttributeValue> attributes(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        FastJson.Keys keys = new FastJson.Keys();
        in.beginObject();
        while (in.hasNext()) {
            String key = in.nextName();
            keys.add(key);
            AttributeValue value = in.peek() == JsonToken.BEGIN_ARRAY ? AttributeValue.ofList(FastJson.strings(in))
                    : AttributeValue.of(FastJson.string(in));
            if (StoreSchema.DATE_ATTRIBUTES.contains(key)) {
                value.values().forEach(PartialDate::parse); // throws for a bad date: the careful reader says which
            }
            out.put(key, value);
        }
        in.endObject();
        return out;
    }
}
