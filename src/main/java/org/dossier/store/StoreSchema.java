package org.dossier.store;

import java.util.Set;

/** Attribute keys whose values the store checks: dates, and lists of entity ids. */
public final class StoreSchema {

    /** Attributes holding ISO-8601 dates at their precision. */
    public static final Set<String> DATE_ATTRIBUTES = Set.of("date", "signed", "start", "end", "in_force", "born", "founded");

    /** Attributes holding entity ids. */
    public static final Set<String> ENTITY_ATTRIBUTES = Set.of("parties");

    private StoreSchema() {
    }
}
