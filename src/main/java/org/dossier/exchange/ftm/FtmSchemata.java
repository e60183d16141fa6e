package org.dossier.exchange.ftm;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Dossier knows of the FollowTheMoney model without reading its YAML files: the name of every schema (so that
 * an entity list's unknown schema is told from a known one Dossier does not import), and the ancestors of the
 * schemata it writes (so that an entity reference is only made to an entity of the property's range). Taken from
 * FtM's schema files, commit c70a89ff (2025-06-27); a test compares both with the copy in the test resources.
 */
public final class FtmSchemata {

    /** Every schema of the model, abstract ones included. */
    public static final Set<String> ALL = Set.of("Address", "Airplane", "Analyzable", "Article", "Assessment", "Asset",
            "Associate", "Audio", "BankAccount", "Call", "CallForTenders", "Company", "Contract", "ContractAward",
            "CourtCase", "CourtCaseParty", "CryptoWallet", "Debt", "Directorship", "Document", "EconomicActivity",
            "Email", "Employment", "Event", "Family", "Folder", "HyperText", "Identification", "Image", "Interest",
            "Interval", "LegalEntity", "License", "Membership", "Mention", "Message", "Note", "Occupancy",
            "Organization", "Ownership", "Package", "Page", "Pages", "Passport", "Payment", "Person", "PlainText",
            "Position", "Post", "Project", "ProjectParticipant", "PublicBody", "RealEstate", "Representation",
            "Sanction", "Security", "Similar", "Succession", "Table", "TaxRoll", "Thing", "Trip", "UnknownLink",
            "UserAccount", "Value", "Vehicle", "Vessel", "Video", "Workbook");

    /** The schemata Dossier writes for entities and articles, each with all its ancestors. */
    static final Map<String, List<String>> ANCESTORS = Map.of(
            "Person", List.of("LegalEntity", "Thing"),
            "Organization", List.of("LegalEntity", "Thing"),
            "Company", List.of("Organization", "LegalEntity", "Thing", "Asset", "Value"),
            "PublicBody", List.of("Organization", "LegalEntity", "Thing"),
            "LegalEntity", List.of("Thing"),
            "Address", List.of("Thing"),
            "Contract", List.of("Asset", "Thing", "Value"),
            "Event", List.of("Interval", "Analyzable", "Thing"),
            "Article", List.of("Document", "Thing", "Analyzable"),
            "Position", List.of("Thing"));

    private FtmSchemata() {
    }

    /** Whether an entity of {@code schema} may stand where {@code range} is asked for. */
    static boolean isA(String schema, String range) {
        return schema.equals(range) || ANCESTORS.getOrDefault(schema, List.of()).contains(range);
    }
}
