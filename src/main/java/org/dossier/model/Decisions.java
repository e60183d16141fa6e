package org.dossier.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a person decided about suggestions and does not want asked again: names rejected as entities, and relations
 * rejected between two entities. Kept in the store ({@code decisions.json}), so a rejected name never comes back,
 * not after a reload and not after the next import.
 *
 * @param rejectedNames     names as the person rejected them; compared ignoring case
 * @param rejectedRelations relations rejected, by subject, type and object
 */
public record Decisions(List<String> rejectedNames, List<RelationKey> rejectedRelations) {

    /** A relation by its ends and type, without evidence: what a rejection is about. */
    public record RelationKey(String subject, String type, String object) {
        public RelationKey {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(object, "object");
        }
    }

    public static final Decisions NONE = new Decisions(List.of(), List.of());

    public Decisions {
        rejectedNames = List.copyOf(new LinkedHashSet<>(rejectedNames));
        rejectedRelations = List.copyOf(new LinkedHashSet<>(rejectedRelations));
    }

    /** Whether {@code name} (in any case) was rejected. */
    public boolean rejectsName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return rejectedNames.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(lower));
    }

    /** The lower-case rejected names, for many look-ups. */
    public Set<String> rejectedNameKeys() {
        Set<String> keys = new java.util.HashSet<>();
        rejectedNames.forEach(n -> keys.add(n.toLowerCase(Locale.ROOT)));
        return keys;
    }

    public boolean rejectsRelation(RelationKey key) {
        return rejectedRelations.contains(key);
    }

    public Decisions withRejectedName(String name) {
        if (rejectsName(name)) {
            return this;
        }
        List<String> names = new ArrayList<>(rejectedNames);
        names.add(name);
        return new Decisions(names, rejectedRelations);
    }

    public Decisions withRejectedRelation(RelationKey key) {
        List<RelationKey> relations = new ArrayList<>(rejectedRelations);
        relations.add(key);
        return new Decisions(rejectedNames, relations);
    }
}
