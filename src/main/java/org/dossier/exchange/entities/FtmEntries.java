package org.dossier.exchange.entities;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.discovery.Gazetteer;
import org.dossier.exchange.ftm.FtmSchemata;
import org.dossier.exchange.ftm.KindSchemata;
import org.dossier.model.AttributeValue;
import org.dossier.model.PartialDate;

/**
 * Reads one line of an FtM entity list (an OpenSanctions or Aleph export) as an entry. People, organisations,
 * companies, public bodies, legal entities, places, agreements and events are names to link; other schemata
 * (sanctions, ownerships, documents, mentions…) are known but not names, and are counted, not imported. The kind is
 * the schema's ({@link KindSchemata}), or the one a Dossier export wrote in {@code keywords}; a public body or a
 * place the gazetteer knows as a country or a city is one, with its ISO code.
 */
final class FtmEntries {

    /** What a line gave: an entry, a known schema that is not imported, or a problem. */
    record Read(EntityEntry entry, String skippedSchema, String problem) {
    }

    /** FtM's date-holding properties and the store attributes they become. */
    private static final Map<String, String> DATES = Map.of("birthDate", "born", "incorporationDate", "founded",
            "date", "date", "startDate", "start", "endDate", "end", "contractDate", "signed");

    private FtmEntries() {
    }

    static Read read(String file, long line, String text) {
        JsonObject object;
        try {
            JsonElement parsed = JsonParser.parseString(text);
            if (!parsed.isJsonObject()) {
                return problem("not an FtM entity: a JSON object {\"id\", \"schema\", \"properties\"} is expected");
            }
            object = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            return problem("not JSON (" + cause(e) + ")");
        }
        String schema = string(object.get("schema"));
        if (schema == null) {
            return problem("the entity has no schema");
        }
        if (!FtmSchemata.ALL.contains(schema)) {
            return problem("unknown schema '" + schema + "': FollowTheMoney has no such schema");
        }
        String kind = KindSchemata.kindOf(schema);
        if (kind == null) {
            return new Read(null, schema, null);
        }
        JsonObject properties = object.get("properties") instanceof JsonObject p ? p : new JsonObject();
        List<String> names = strings(properties, "name");
        if (names.isEmpty()) {
            return problem("the " + schema + " has no name");
        }
        List<String> aliases = new ArrayList<>(names.subList(1, names.size()));
        aliases.addAll(strings(properties, "alias"));
        aliases.addAll(strings(properties, "previousName"));
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        String dossierKind = dossierKind(properties);
        if (dossierKind != null) {
            kind = dossierKind;
        } else if (schema.equals("PublicBody") || schema.equals("Address") || schema.equals("LegalEntity")) {
            Gazetteer.Entry place = Gazetteer.shipped().named(names.get(0));
            if (place != null && (place.kind().equals("country") || place.kind().equals("city"))) {
                kind = place.kind();
            }
        }
        countries(properties, kind, attributes);
        put(attributes, "office", strings(properties, "position"));
        put(attributes, "topics", strings(properties, "topics"));
        DATES.forEach((property, key) -> put(attributes, key, dates(strings(properties, property))));
        String id = string(object.get("id"));
        if (id != null && !id.isBlank()) {
            attributes.put("ftm_id", AttributeValue.of(id));
        }
        return new Read(new EntityEntry(file + ":" + line, kind, names.get(0), aliases, demonyms(properties),
                strings(properties, "weakAlias"), summary(properties), attributes), null, null);
    }

    private static Read problem(String message) {
        return new Read(null, null, message);
    }

    /** The kind a Dossier export wrote: "dossier-kind:country". */
    private static String dossierKind(JsonObject properties) {
        for (String keyword : strings(properties, "keywords")) {
            if (keyword.startsWith(KindSchemata.KIND_KEYWORD) && keyword.length() > KindSchemata.KIND_KEYWORD.length()) {
                return keyword.substring(KindSchemata.KIND_KEYWORD.length()).strip();
            }
        }
        return null;
    }

    /** A country's own code is its {@code iso3166}; anyone else's countries are {@code country}. */
    private static void countries(JsonObject properties, String kind, Map<String, AttributeValue> attributes) {
        List<String> codes = strings(properties, "country").stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        if (kind.equals("country") && codes.size() == 1) {
            attributes.put("iso3166", AttributeValue.of(codes.get(0)));
        } else {
            put(attributes, "country", codes);
        }
    }

    /** Demonyms a Dossier export kept in its notes ("demonyms: Danish, Dane"). */
    private static List<String> demonyms(JsonObject properties) {
        for (String note : strings(properties, "notes")) {
            if (note.startsWith("demonyms: ")) {
                return List.of(note.substring("demonyms: ".length()).split(",\\s*"));
            }
        }
        return List.of();
    }

    private static String summary(JsonObject properties) {
        for (String property : List.of("summary", "description")) {
            List<String> values = strings(properties, property);
            if (!values.isEmpty()) {
                return values.get(0);
            }
        }
        return "";
    }

    /** FtM dates may carry a time ("2022-06-21T10:00:00"): the day is kept; what is no date is left out. */
    private static List<String> dates(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            String day = v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v;
            try {
                out.add(PartialDate.parse(day).iso());
            } catch (IllegalArgumentException e) {
                // not a date the store can hold: the entry is imported without it
            }
        }
        return out;
    }

    private static void put(Map<String, AttributeValue> attributes, String key, List<String> values) {
        if (values.size() == 1) {
            attributes.put(key, AttributeValue.of(values.get(0)));
        } else if (values.size() > 1) {
            attributes.put(key, AttributeValue.ofList(values));
        }
    }

    /** The property's values that are non-blank strings, stripped. */
    private static List<String> strings(JsonObject properties, String property) {
        List<String> out = new ArrayList<>();
        if (properties.get(property) instanceof JsonArray values) {
            for (JsonElement v : values) {
                String s = string(v);
                if (s != null && !s.isBlank() && !out.contains(s.strip())) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    private static String string(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }

    private static String cause(JsonParseException e) {
        String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getMessage();
        int see = message == null ? -1 : message.indexOf("\nSee ");
        return message == null ? "unreadable" : see >= 0 ? message.substring(0, see) : message;
    }
}
