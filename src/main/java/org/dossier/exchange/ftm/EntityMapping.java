package org.dossier.exchange.ftm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.PartialDate;
import org.dossier.store.StoreSchema;

/**
 * A Dossier entity as an FtM entity: name and aliases as {@code name} and {@code alias}; the reference phrases ("the
 * deal") as {@code weakAlias}, FtM's names that are not to be matched on their own; the summary as {@code summary};
 * an ISO code as {@code country}; the facts that have an FtM property in it (a person's office as {@code position},
 * dates as the schema's dates); and everything else, demonyms included, in {@code notes} as "key: value", so that no
 * fact is lost.
 */
final class EntityMapping {

    /** ISO 3166-1 alpha-2 codes, as FtM's country type takes them (lower case), and Kosovo's user-assigned one. */
    private static final Set<String> COUNTRIES = countries();

    /** Per schema, the Dossier attribute that has a property of its own there. */
    private static final Map<String, Map<String, String>> PROPERTIES = Map.of(
            "Person", Map.of("office", "position", "born", "birthDate"),
            "Organization", Map.of("founded", "incorporationDate"),
            "Company", Map.of("founded", "incorporationDate"),
            "PublicBody", Map.of("founded", "incorporationDate"),
            "LegalEntity", Map.of("founded", "incorporationDate"),
            "Event", Map.of("date", "date", "start", "startDate", "end", "endDate"),
            "Contract", Map.of("signed", "contractDate", "date", "contractDate"));

    private final KnowledgeBase kb;

    EntityMapping(KnowledgeBase kb) {
        this.kb = kb;
    }

    FtmEntity map(Entity e) {
        String schema = KindSchemata.schemaOf(e.kind());
        FtmEntity f = new FtmEntity(FtmIds.entity(e.id()), schema)
                .add("name", e.name())
                .addAll("alias", e.aliases())
                .addAll("weakAlias", e.references())
                .add("summary", e.summary())
                .add("keywords", KindSchemata.KIND_KEYWORD + e.kind());
        switch (schema) {
            case "Contract" -> f.add("title", e.name());
            case "Address" -> f.add("full", e.name()).add("city", e.kind().equals("city") ? e.name() : null);
            default -> { }
        }
        if (!e.demonyms().isEmpty()) {
            f.add("notes", "demonyms: " + String.join(", ", e.demonyms()));
        }
        Map<String, String> properties = PROPERTIES.getOrDefault(schema, Map.of());
        e.attributes().forEach((key, value) -> attribute(f, key, value, properties.get(key)));
        return f;
    }

    private void attribute(FtmEntity f, String key, AttributeValue value, String property) {
        if (key.equals("iso3166") && value.values().stream().allMatch(v -> COUNTRIES.contains(v.toLowerCase(Locale.ROOT)))) {
            value.values().forEach(v -> f.add("country", v.toLowerCase(Locale.ROOT)));
            return;
        }
        if (StoreSchema.DATE_ATTRIBUTES.contains(key)) {
            List<String> unmapped = new ArrayList<>();
            for (String text : value.values()) {
                PartialDate date = parse(text);
                String ftm = FtmDates.of(date);
                if (property != null && ftm != null) {
                    f.add(property, ftm);
                } else if (date != null && date.year() == null) {
                    f.add("notes", FtmDates.note(key, date));
                } else {
                    unmapped.add(text);
                }
            }
            if (!unmapped.isEmpty()) {
                f.add("notes", key + ": " + String.join(", ", unmapped));
            }
            return;
        }
        if (property != null) {
            value.values().forEach(v -> f.add(property, v));
        } else if (StoreSchema.ENTITY_ATTRIBUTES.contains(key)) {
            f.add("notes", key + ": " + String.join(", ", value.values().stream().map(this::nameOf).toList()));
        } else {
            f.add("notes", key + ": " + value.text());
        }
    }

    private String nameOf(String entityId) {
        Entity e = kb.entity(entityId);
        return e == null ? entityId : e.name();
    }

    private static PartialDate parse(String text) {
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            return null; // loading reported it; the text goes to the notes as it is
        }
    }

    static boolean isCountryCode(String code) {
        return COUNTRIES.contains(code.toLowerCase(Locale.ROOT));
    }

    private static Set<String> countries() {
        Set<String> codes = new HashSet<>();
        for (String c : Locale.getISOCountries()) {
            codes.add(c.toLowerCase(Locale.ROOT));
        }
        codes.add("xk");
        return Set.copyOf(codes);
    }
}
