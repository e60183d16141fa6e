package org.dossier.exchange.ftm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which FtM edge schema each Dossier relation type becomes. A type maps to the schema that says the same thing, with
 * the ends in the properties that say which is which, when both ends are of the ranges those properties take; any
 * other relation is an {@code UnknownLink} (FtM's "other link", between any two things) with the type in words as
 * its role. The holders of an office ({@code president_of}, {@code minister_of}…) become an {@code Occupancy} of a
 * {@code Position} ("President of Ukraine"), as FtM and OpenSanctions model office holders; an ambassador represents
 * a state ({@code Representation}); membership is {@code Membership}; meetings, talks and other ties between two
 * people make them {@code Associate}s.
 */
final class RelationSchemata {

    /**
     * An edge schema for a type.
     *
     * @param source      the property that takes the relation's subject, and the range it needs
     * @param target      the property that takes its object (for an Occupancy: the post's organisation)
     * @param roleProperty where the type's words go ("role", "relationship"), or null where the schema has neither
     */
    record Edge(String schema, String source, String sourceRange, String target, String targetRange,
                String roleProperty) {

        boolean fits(String subjectSchema, String objectSchema) {
            return FtmSchemata.isA(subjectSchema, sourceRange) && FtmSchemata.isA(objectSchema, targetRange);
        }

        boolean isOccupancy() {
            return schema.equals("Occupancy");
        }
    }

    static final Edge UNKNOWN_LINK = new Edge("UnknownLink", "subject", "Thing", "object", "Thing", "role");
    private static final Edge OCCUPANCY = new Edge("Occupancy", "holder", "Person", "post", "Organization", null);
    private static final Edge MEMBERSHIP = new Edge("Membership", "member", "LegalEntity", "organization",
            "Organization", "role");
    private static final Edge EMPLOYMENT = new Edge("Employment", "employee", "Person", "employer", "Organization",
            "role");
    private static final Edge DIRECTORSHIP = new Edge("Directorship", "director", "LegalEntity", "organization",
            "Organization", "role");
    private static final Edge REPRESENTATION = new Edge("Representation", "agent", "LegalEntity", "client",
            "LegalEntity", "role");
    private static final Edge OWNERSHIP = new Edge("Ownership", "owner", "LegalEntity", "asset", "Asset", "role");
    private static final Edge FAMILY = new Edge("Family", "person", "Person", "relative", "Person", "relationship");
    private static final Edge ASSOCIATE = new Edge("Associate", "person", "Person", "associate", "Person",
            "relationship");

    private static final Map<String, Edge> BY_TYPE = byType();

    private RelationSchemata() {
    }

    /** The edge for a relation of {@code type} between entities of these schemata. */
    static Edge of(String type, String subjectSchema, String objectSchema) {
        Edge edge = BY_TYPE.get(type);
        return edge != null && edge.fits(subjectSchema, objectSchema) ? edge : UNKNOWN_LINK;
    }

    /** "party_to" → "party to". */
    static String words(String type) {
        return type.replace('_', ' ').replace('-', ' ').strip();
    }

    /** The post of an office relation: "President of Ukraine", "Minister, Ministry of Strategic Industries". */
    static String positionName(String type, String objectName, boolean objectIsCountry) {
        String role = words(type.endsWith("_of") ? type.substring(0, type.length() - 3) : type);
        String capitalised = role.isEmpty() ? role : Character.toUpperCase(role.charAt(0)) + role.substring(1);
        return capitalised + (objectIsCountry ? " of " : ", ") + objectName;
    }

    private static Map<String, Edge> byType() {
        Map<String, Edge> map = new HashMap<>();
        put(map, OCCUPANCY, "president_of", "prime_minister_of", "minister_of", "head_of", "mayor_of", "governor_of",
                "chair_of", "leader_of", "commander_of", "spokesperson_of");
        put(map, REPRESENTATION, "ambassador_of", "envoy_of", "represents", "representative_of");
        put(map, MEMBERSHIP, "member_of");
        put(map, EMPLOYMENT, "works_for", "employee_of", "employed_by");
        put(map, DIRECTORSHIP, "director_of", "ceo_of", "board_member_of");
        put(map, OWNERSHIP, "owns", "owner_of", "shareholder_of");
        put(map, FAMILY, "spouse_of", "married_to", "child_of", "parent_of", "sibling_of", "relative_of");
        put(map, ASSOCIATE, "met_with", "held_talks_with", "phone_call_with", "signed_agreement_with", "associate_of",
                "aligns_with", "knows");
        return Map.copyOf(map);
    }

    private static void put(Map<String, Edge> map, Edge edge, String... types) {
        List.of(types).forEach(t -> map.put(t, edge));
    }
}
