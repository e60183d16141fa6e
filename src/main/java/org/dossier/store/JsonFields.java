package org.dossier.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.PartialDate;

/**
 * Reads typed fields out of a parsed JSON object, reporting each missing or mistyped one with its path
 * instead of failing the whole file. Getters return null when the value is unusable.
 */
final class JsonFields {

    /** Longer than this, no number written is a whole number in range; not even parsed (that costs its square). */
    private static final int MAX_NUMBER_LENGTH = 100;

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

    /** A whole number from 0 to {@link Integer#MAX_VALUE}; null with a problem when missing, mistyped or out of range. */
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
        Integer index = index(p.getAsString());
        if (index == null) {
            problems.add(path + "." + key, "'" + key + "' must be a whole number from 0 to " + Integer.MAX_VALUE
                    + ", not " + p);
        }
        return index;
    }

    /**
     * A JSON number as written, if it is a whole number from 0 to {@link Integer#MAX_VALUE}; else null. Read
     * exactly, as a decimal: as a double, 4294967297 would pass for a number and 1.0000000000000000001 for 1.
     */
    static Integer index(String typed) {
        int length = typed.length();
        if (length > 0 && length <= 10 && typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long n = Long.parseLong(typed); // the usual case, quickly: plain digits
            return n <= Integer.MAX_VALUE ? (int) n : null;
        }
        if (length > MAX_NUMBER_LENGTH) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(typed);
            if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                    || n.stripTrailingZeros().scale() > 0) {
                return null;
            }
            return n.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null; // an exponent beyond what a decimal holds, as in 1e9999999999
        }
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
