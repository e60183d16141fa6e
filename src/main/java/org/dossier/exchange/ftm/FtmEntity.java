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

    private final String id;
    private final String schema;
    private final Map<String, List<String>> properties = new LinkedHashMap<>();

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

    /** {@code {"id": …, "schema": …, "properties": {…}}} and a line break. */
    void appendLine(StringBuilder out) {
        out.append("{\"id\":");
        JsonText.appendQuoted(out, id);
        out.append(",\"schema\":");
        JsonText.appendQuoted(out, schema);
        out.append(",\"properties\":{");
        boolean firstProperty = true;
        for (Map.Entry<String, List<String>> p : properties.entrySet()) {
            if (!firstProperty) {
                out.append(',');
            }
            firstProperty = false;
            JsonText.appendQuoted(out, p.getKey());
            out.append(":[");
            for (int i = 0; i < p.getValue().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                JsonText.appendQuoted(out, p.getValue().get(i));
            }
            out.append(']');
        }
        out.append("}}\n");
    }
}
