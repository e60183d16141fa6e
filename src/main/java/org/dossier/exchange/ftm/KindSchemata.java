package org.dossier.exchange.ftm;

import java.util.Locale;
import java.util.Map;

/**
 * Which FtM schema each Dossier kind becomes, and back. The choice follows what an FtM tool does with the entity:
 * people, organisations and countries are legal entities (they hold posts, sign, belong, are mentioned — an FtM
 * Mention resolves only to a legal entity); a country is the state acting, so a {@code PublicBody} with its ISO code;
 * a city or other place is a location ({@code Address}); an agreement is the {@code Contract} its parties are bound
 * by; an event an {@code Event}. A kind Dossier does not know becomes a {@code LegalEntity}, FtM's schema for "a party
 * whose type the source does not say". The kind itself travels in {@code keywords} as {@value #KIND_KEYWORD}KIND, so
 * that importing the export gives back the kind FtM has no schema for.
 */
public final class KindSchemata {

    /** The keyword that carries the Dossier kind: "dossier-kind:country". */
    public static final String KIND_KEYWORD = "dossier-kind:";

    private static final Map<String, String> BY_KIND = Map.ofEntries(
            Map.entry("person", "Person"),
            Map.entry("organization", "Organization"), Map.entry("organisation", "Organization"),
            Map.entry("company", "Company"), Map.entry("business", "Company"),
            Map.entry("public_body", "PublicBody"), Map.entry("government", "PublicBody"),
            Map.entry("ministry", "PublicBody"), Map.entry("country", "PublicBody"), Map.entry("state", "PublicBody"),
            Map.entry("city", "Address"), Map.entry("place", "Address"), Map.entry("region", "Address"),
            Map.entry("location", "Address"),
            Map.entry("agreement", "Contract"), Map.entry("treaty", "Contract"), Map.entry("contract", "Contract"),
            Map.entry("event", "Event"));

    /** The Dossier kind of an FtM schema, for entity lists that do not say it themselves. */
    private static final Map<String, String> BY_SCHEMA = Map.of(
            "Person", "person", "Organization", "organization", "Company", "organization",
            "PublicBody", "organization", "LegalEntity", "organization", "Address", "place",
            "Contract", "agreement", "Event", "event");

    private KindSchemata() {
    }

    /** The schema for a Dossier kind. */
    public static String schemaOf(String kind) {
        return BY_KIND.getOrDefault(kind.toLowerCase(Locale.ROOT), "LegalEntity");
    }

    /** The Dossier kind for an FtM schema, or null when Dossier does not import that schema as a name. */
    public static String kindOf(String schema) {
        return BY_SCHEMA.get(schema);
    }

    /** Whether a mention of an entity of this schema can name it in FtM ({@code Mention.resolved} takes legal entities). */
    static boolean isLegalEntity(String schema) {
        return FtmSchemata.isA(schema, "LegalEntity");
    }
}
