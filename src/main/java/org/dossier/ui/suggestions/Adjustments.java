package org.dossier.ui.suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.discovery.EntitySuggestion;

/**
 * What the reader changed in the queue before accepting (kinds, names, variants split off or merged), kept by the
 * proposal's key and applied again to every fresh list of suggestions: accepting one name brings a new list, and
 * the reader's work on the others must not be lost with it.
 */
final class Adjustments {

    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    /** Variants taken away from a proposal: split off, or made an alias of an entity. */
    private final Map<String, Set<String>> removed = new HashMap<>();
    /** Variant split off → the key of the proposal it came from, in the order split. */
    private final Map<String, String> splits = new LinkedHashMap<>();
    /** Proposal merged into another → the key of that other. */
    private final Map<String, String> merged = new LinkedHashMap<>();

    void kind(String key, String kind) {
        kinds.put(key, kind);
    }

    void name(String key, String name) {
        names.put(key, name);
    }

    void removeVariant(String key, String variant) {
        removed.computeIfAbsent(key, k -> new HashSet<>()).add(variant);
    }

    void split(String fromKey, String variant) {
        removeVariant(fromKey, variant);
        splits.put(variant, fromKey);
    }

    void merge(String otherKey, String intoKey) {
        merged.put(otherKey, intoKey);
    }

    /** The drafts for a fresh list of suggestions, with every change the reader made to them before. */
    List<EntityDraft> apply(List<EntitySuggestion> fresh) {
        Map<String, EntityDraft> byKey = new LinkedHashMap<>();
        for (EntitySuggestion s : fresh) {
            byKey.putIfAbsent(EntityDraft.key(s.name()), new EntityDraft(s));
        }
        merged.forEach((other, into) -> {
            EntityDraft from = byKey.get(other);
            EntityDraft to = byKey.get(into);
            if (from != null && to != null) {
                addVariant(to, from.proposed().name());
                from.proposed().variants().forEach(v -> addVariant(to, v));
                byKey.remove(other);
            }
        });
        removed.forEach((key, variants) -> {
            EntityDraft d = byKey.get(key);
            if (d != null) {
                d.variants().removeAll(variants);
            }
        });
        List<EntityDraft> out = new ArrayList<>(byKey.size() + splits.size());
        for (EntityDraft d : byKey.values()) {
            out.add(d);
            splits.forEach((variant, fromKey) -> {
                if (fromKey.equals(d.key()) && !byKey.containsKey(EntityDraft.key(variant))) {
                    out.add(new EntityDraft(splitOff(d.proposed(), variant), d.proposed().name()));
                }
            });
        }
        for (EntityDraft d : out) {
            d.kindProperty().set(kinds.getOrDefault(d.key(), d.kindProperty().get()));
            d.nameProperty().set(names.getOrDefault(d.key(), d.nameProperty().get()));
        }
        return out;
    }

    private static void addVariant(EntityDraft d, String variant) {
        if (!variant.equalsIgnoreCase(d.nameProperty().get()) && !d.variants().contains(variant)) {
            d.variants().add(variant);
        }
    }

    /** A variant as a proposal of its own: the kind of the one it came from, and the sentences that use it. */
    static EntitySuggestion splitOff(EntitySuggestion from, String variant) {
        return new EntitySuggestion(variant, from.kind(), List.of(), List.of(), Map.of(), 0, 0, from.confidence(),
                from.examples().stream().filter(e -> e.quote().contains(variant)).toList(), null);
    }
}
