package org.dossier.exchange.entities;

import java.util.List;
import java.util.Map;
import org.dossier.model.AttributeValue;

/**
 * One entry of an entity list, as read: what it is called, what kind of thing it is, and what the list says of it.
 *
 * @param where      the file and line it is on, "sanctions.json:12", for the summary
 * @param aliases    its other names, without the name
 * @param references names the list marks as weak (FtM's {@code weakAlias}): kept, never linked by themselves
 * @param attributes facts in the store's form (an ISO code as {@code iso3166}, a person's position as {@code office})
 */
record EntityEntry(String where, String kind, String name, List<String> aliases, List<String> demonyms,
                   List<String> references, String summary, Map<String, AttributeValue> attributes) {

    EntityEntry {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        references = List.copyOf(references);
        summary = summary == null ? "" : summary;
        attributes = Map.copyOf(attributes);
    }
}
