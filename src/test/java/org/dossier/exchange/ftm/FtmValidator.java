package org.dossier.exchange.ftm;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks FtM JSON lines against the model: every line an object with an id, a schema and properties; the schema
 * known and not abstract; every property one of the schema's (inherited ones included) with a list of non-empty
 * strings; the required ones there; dates prefixes of ISO 8601; countries ISO codes in lower case; links web
 * addresses; and every entity reference the id of an entity of the file whose schema is of the property's range.
 */
final class FtmValidator {

    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Set<String> COUNTRIES = countries();

    private final FtmModel model;

    FtmValidator(FtmModel model) {
        this.model = model;
    }

    /** Every problem, as "line N: what". */
    List<String> problems(List<String> lines) {
        List<String> problems = new ArrayList<>();
        Map<String, String> schemaById = new HashMap<>();
        List<JsonObject> entities = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonObject e = entity(lines.get(i), i + 1, problems);
            entities.add(e);
            if (e != null && schemaById.put(e.get("id").getAsString(), e.get("schema").getAsString()) != null) {
                problems.add("line " + (i + 1) + ": the id " + e.get("id") + " is given twice");
            }
        }
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i) != null) {
                properties(entities.get(i), i + 1, schemaById, problems);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(p -> Integer.parseInt(p.substring(5, p.indexOf(':')))));
        return problems;
    }

    private JsonObject entity(String line, int number, List<String> problems) {
        JsonObject e;
        try {
            e = JsonParser.parseString(line).getAsJsonObject();
        } catch (JsonSyntaxException | IllegalStateException ex) {
            problems.add("line " + number + ": not a JSON object");
            return null;
        }
        if (!isString(e.get("id")) || e.get("id").getAsString().isEmpty() || !isString(e.get("schema"))
                || !(e.get("properties") instanceof JsonObject)) {
            problems.add("line " + number + ": needs an id, a schema and properties");
            return null;
        }
        String schema = e.get("schema").getAsString();
        if (model.schema(schema) == null || model.schema(schema).isAbstract()) {
            problems.add("line " + number + ": '" + schema + "' is not a schema an entity can have");
            return null;
        }
        return e;
    }

    private void properties(JsonObject e, int number, Map<String, String> schemaById, List<String> problems) {
        String schema = e.get("schema").getAsString();
        JsonObject properties = e.getAsJsonObject("properties");
        for (String required : model.required(schema)) {
            if (!properties.has(required) || properties.get(required).getAsJsonArray().isEmpty()) {
                problems.add("line " + number + ": " + schema + " needs '" + required + "'");
            }
        }
        for (Map.Entry<String, JsonElement> p : properties.entrySet()) {
            FtmModel.Property def = model.property(schema, p.getKey());
            if (def == null) {
                problems.add("line " + number + ": " + schema + " has no property '" + p.getKey() + "'");
                continue;
            }
            if (!(p.getValue() instanceof JsonArray values)) {
                problems.add("line " + number + ": '" + p.getKey() + "' is not a list");
                continue;
            }
            for (JsonElement v : values) {
                String why = !isString(v) || v.getAsString().isEmpty() ? "is not a non-empty string"
                        : whyNot(def, v.getAsString(), schemaById);
                if (why != null) {
                    problems.add("line " + number + ": " + schema + "." + p.getKey() + " value " + v + " " + why);
                }
            }
        }
    }

    private String whyNot(FtmModel.Property def, String value, Map<String, String> schemaById) {
        switch (def.type()) {
            case "date" -> {
                return DATE.matcher(value).matches() ? null : "is not an FtM date (YYYY, YYYY-MM or YYYY-MM-DD)";
            }
            case "country" -> {
                return COUNTRIES.contains(value) ? null : "is not a country code";
            }
            case "url" -> {
                return value.startsWith("http://") || value.startsWith("https://") ? parses(value) : "is not a web link";
            }
            case "entity" -> {
                String target = schemaById.get(value);
                if (target == null) {
                    return "points to no entity of the file";
                }
                return def.range() == null || model.isA(target, def.range()) ? null
                        : "points to a " + target + ", not a " + def.range();
            }
            default -> {
                return null;
            }
        }
    }

    private static String parses(String url) {
        try {
            return new URI(url).getHost() == null ? "has no host" : null;
        } catch (java.net.URISyntaxException e) {
            return "is not a valid address";
        }
    }

    private static boolean isString(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    private static Set<String> countries() {
        Set<String> codes = new java.util.HashSet<>();
        for (String c : Locale.getISOCountries()) {
            codes.add(c.toLowerCase(Locale.ROOT));
        }
        codes.add("xk");
        return codes;
    }
}
