package org.dossier.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.PartialDate;

/**
 * Reads typed fields out of a parsed JSON object, reporting each missing or mistyped one with its path
 * instead of failing the whole file. Getters return null when the value is unusable.
 */
final class JsonFields {

    private final FileProblems problems;

    JsonFields(FileProblems problems) {
        this.problems = problems;
    }

    FileProblems problems() {
        return problems;
    }

    /** The element as an object, or null with a problem. */
    JsonObject object(JsonElement e, String path, String what) {
        if (e != null && e.isJsonObject()) {
            return e.getAsJsonObject();
        }
        problems.add(path, what + " must be a JSON object, not " + describe(e));
        return null;
    }

    /** The named member as an array; null with a problem when missing (if required) or not an array. */
    JsonArray array(JsonObject o, String key, String path, boolean required) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            if (required) {
                problems.add(path, "'" + key + "' is missing (a list is expected)");
            }
            return null;
        }
        if (!e.isJsonArray()) {
            problems.add(path + "." + key, "'" + key + "' must be a list, not " + describe(e));
            return null;
        }
        return e.getAsJsonArray();
    }

    String requiredString(JsonObject o, String key, String path) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            problems.add(path, "'" + key + "' is missing");
            return null;
        }
        String s = asString(e, path + "." + key, key);
        if (s != null && s.isBlank()) {
            problems.add(path + "." + key, "'" + key + "' is empty");
            return null;
        }
        return s;
    }

    String optionalString(JsonObject o, String key, String path) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : asString(e, path + "." + key, key);
    }

    /** A list of strings; items of another type are reported and left out. Missing gives an empty list. */
    List<String> stringList(JsonObject o, String key, String path) {
        JsonArray array = array(o, key, path, false);
        List<String> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            String s = asString(array.get(i), path + "." + key + "[" + i + "]", key + " item");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** A whole number at least 0; null with a problem when missing, mistyped or negative. */
    Integer index(JsonObject o, String key, String path) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            problems.add(path, "'" + key + "' is missing");
            return null;
        }
        if (!(e instanceof JsonPrimitive p) || !p.isNumber()) {
            problems.add(path + "." + key, "'" + key + "' must be a whole number, not " + describe(e));
            return null;
        }
        double d = p.getAsDouble();
        if (d != Math.rint(d) || d < 0 || d > Integer.MAX_VALUE) {
            problems.add(path + "." + key, "'" + key + "' must be a whole number of at least 0, not " + p);
            return null;
        }
        return (int) d;
    }

    /** An optional ISO-8601 date; null (with a problem when present but invalid). */
    PartialDate date(JsonObject o, String key, String path) {
        String s = optionalString(o, key, path);
        return s == null ? null : parseDate(s, path + "." + key);
    }

    PartialDate parseDate(String s, String path) {
        try {
            return PartialDate.parse(s);
        } catch (IllegalArgumentException ex) {
            problems.add(path, ex.getMessage());
            return null;
        }
    }

    private String asString(JsonElement e, String path, String what) {
        if (e instanceof JsonPrimitive p && p.isString()) {
            return p.getAsString();
        }
        problems.add(path, "'" + what + "' must be text, not " + describe(e));
        return null;
    }

    static String describe(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "nothing (null)";
        }
        if (e.isJsonArray()) {
            return "a list";
        }
        if (e.isJsonObject()) {
            return "an object";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return "true/false (" + p + ")";
        }
        if (p.isNumber()) {
            return "a number (" + p + ")";
        }
        return "text (" + p + ")";
    }
}
