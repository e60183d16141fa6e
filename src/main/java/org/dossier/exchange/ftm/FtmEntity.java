package org.dossier.exchange.ftm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One FtM entity being made: its id, its schema and its properties, every value a string in a list, as FtM has
 * them. Empty values are left out, a value given twice is kept once. Written as one line of JSON.
 */
final class FtmEntity {

    /** A value made of parts, written joined without being copied into one string first. */
    private record Joined(List<String> parts, String separator) {
    }

    private final String id;
    private final String schema;
    private final Map<String, List<String>> properties = new LinkedHashMap<>();
    private final Map<String, Joined> joined = new LinkedHashMap<>(1);

    FtmEntity(String id, String schema) {
        this.id = id;
        this.schema = schema;
    }

    String id() {
        return id;
    }

    String schema() {
        return schema;
    }

    /** Adds a value, unless it is null or blank or already there. */
    FtmEntity add(String property, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        List<String> values = properties.computeIfAbsent(property, p -> new ArrayList<>(2));
        if (!values.contains(value)) {
            values.add(value);
        }
        return this;
    }

    FtmEntity addAll(String property, List<String> values) {
        values.forEach(v -> add(property, v));
        return this;
    }

    /**
     * A long text made of parts ("bodyText": the paragraphs, with a blank line between them), written straight into
     * the line when it is made: the texts of a large store are most of its bytes, and one copy fewer is felt.
     */
    FtmEntity addJoined(String property, List<String> parts, String separator) {
        if (parts.stream().anyMatch(p -> !p.isBlank())) {
            joined.put(property, new Joined(parts, separator));
        }
        return this;
    }

    /** {@code {"id": …, "schema": …, "properties": {…}}} and a line break. */
    void appendLine(StringBuilder out) {
        out.append("{\"id\":");
        JsonText.appendQuoted(out, id);
        out.append(",\"schema\":");
        JsonText.appendQuoted(out, schema);
        out.append(",\"properties\":{");
        boolean first = true;
        for (Map.Entry<String, List<String>> p : properties.entrySet()) {
            first = key(out, p.getKey(), first);
            out.append('[');
            for (int i = 0; i < p.getValue().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                JsonText.appendQuoted(out, p.getValue().get(i));
            }
            out.append(']');
        }
        for (Map.Entry<String, Joined> j : joined.entrySet()) {
            first = key(out, j.getKey(), first);
            out.append("[\"");
            List<String> parts = j.getValue().parts();
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    JsonText.appendEscaped(out, j.getValue().separator());
                }
                JsonText.appendEscaped(out, parts.get(i));
            }
            out.append("\"]");
        }
        out.append("}}\n");
    }

    private static boolean key(StringBuilder out, String key, boolean first) {
        if (!first) {
            out.append(',');
        }
        JsonText.appendQuoted(out, key);
        out.append(':');
        return false;
    }
}
