package org.dossier.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A person, country, organisation, agreement, event or anything else the store names. The kind is an
 * open string: the code never assumes the five common kinds are all there are.
 *
 * @param id         stable identifier, lower case letters, digits, '-' and '_'
 * @param kind       e.g. "person", "country", "organization", "agreement", "event", "city"
 * @param name       the name shown to the reader
 * @param aliases    other names and spellings, in any language or script
 * @param demonyms   adjectives and nouns for a country's people ("Ukrainian", "Danish")
 * @param references phrases the source uses to refer to it ("the deal"), linked only where they clearly mean it
 * @param summary    a short description, faithful to the sources
 * @param attributes kind-specific facts, in the store's order: each value a string or a list of strings
 */
public record Entity(String id, String kind, String name, List<String> aliases, List<String> demonyms,
                     List<String> references, String summary, Map<String, AttributeValue> attributes) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        demonyms = List.copyOf(demonyms == null ? List.of() : demonyms);
        references = List.copyOf(references == null ? List.of() : references);
        summary = summary == null ? "" : summary;
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** Every form a mention of this entity may take: name, aliases, demonyms and reference phrases. */
    public List<String> surfaceForms() {
        List<String> forms = new ArrayList<>(1 + aliases.size() + demonyms.size() + references.size());
        forms.add(name);
        forms.addAll(aliases);
        forms.addAll(demonyms);
        forms.addAll(references);
        return forms;
    }

    /**
     * Whether {@code text} is a form of this entity: any surface form, ignoring case, optionally followed by a
     * possessive ending ("Ukraine's", "Ukraine’s", "Denmark’").
     */
    public boolean isSurfaceForm(String text) {
        String bare = withoutPossessive(text);
        for (String form : surfaceForms()) {
            if (form.equalsIgnoreCase(text) || form.equalsIgnoreCase(bare)) {
                return true;
            }
        }
        return false;
    }

    /** The text without a possessive ending ("Ukraine’s" → "Ukraine"), or the text itself. */
    public static String withoutPossessive(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.endsWith("'s") || lower.endsWith("\u2019s")) {
            return text.substring(0, text.length() - 2);
        }
        if (lower.endsWith("'") || lower.endsWith("\u2019")) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }

    /** An attribute's value, or null. */
    public AttributeValue attribute(String key) {
        return attributes.get(key);
    }
}
