package org.dossier.model;

import java.util.List;
import java.util.Objects;

/** The value of an entity attribute: one string or a list of strings, kept as the store wrote it. */
public record AttributeValue(List<String> values, boolean isList) {

    public AttributeValue {
        values = List.copyOf(Objects.requireNonNull(values, "values"));
        if (!isList && values.size() != 1) {
            throw new IllegalArgumentException("a single value needs exactly one string");
        }
    }

    public static AttributeValue of(String value) {
        return new AttributeValue(List.of(value), false);
    }

    public static AttributeValue ofList(List<String> values) {
        return new AttributeValue(values, true);
    }

    /** The value, or the list's values joined with ", ". */
    public String text() {
        return String.join(", ", values);
    }
}
