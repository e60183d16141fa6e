package org.dossier.exchange.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.edit.EntityIds;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;

/**
 * Turns entries into entities, one at a time as they are read. An entry whose name or one of whose aliases is
 * already a name, alias or demonym of an entity (of the store, or made from an earlier entry) is merged into that
 * entity: its other names become aliases, and it gives a summary and facts the entity lacks. Otherwise it becomes a
 * new entity with an id made from its name. A name that is already another entity's is never given to a second one
 * (the linker would leave it unlinked as ambiguous): it is left out, and said.
 */
final class EntryMerger {

    private final KnowledgeBase kb;
    /** Name, alias or demonym (lower case) → the entity that has it. */
    private final Map<String, String> owners = new HashMap<>();
    private final Map<String, Entity> changed = new LinkedHashMap<>();
    private final Set<String> added = new HashSet<>();
    /** Per entity, the forms this import gave it: what must now be linked. */
    private final Map<String, List<String>> newForms = new LinkedHashMap<>();
    private final List<EntityListImport.Merge> merges = new ArrayList<>();
    private final List<String> leftOut = new ArrayList<>();
    private int repeats;

    /** Where an entry no entity has a name of goes, when it is kept for review; null: it becomes an entity. */
    private final java.util.function.Consumer<EntityEntry> unmatched;

    EntryMerger(KnowledgeBase kb) {
        this(kb, null);
    }

    /** @param unmatched takes the entries that are no entity's, instead of making entities of them */
    EntryMerger(KnowledgeBase kb, java.util.function.Consumer<EntityEntry> unmatched) {
        this.kb = kb;
        this.unmatched = unmatched;
        for (Entity e : kb.entities()) {
            own(e.name(), e.id());
            e.aliases().forEach(a -> own(a, e.id()));
            e.demonyms().forEach(d -> own(d, e.id()));
        }
    }

    void accept(EntityEntry entry) {
        String target = owners.get(key(entry.name()));
        for (int i = 0; target == null && i < entry.aliases().size(); i++) {
            target = owners.get(key(entry.aliases().get(i)));
        }
        if (target == null && unmatched != null) {
            unmatched.accept(entry);
        } else if (target == null) {
            create(entry);
        } else {
            merge(target, entry);
        }
    }

    private void create(EntityEntry entry) {
        String id = EntityIds.forName(entry.name(), candidate -> kb.entity(candidate) != null || added.contains(candidate));
        List<String> aliases = unowned(entry.aliases(), id, entry);
        List<String> demonyms = unowned(entry.demonyms(), id, entry);
        Entity e = new Entity(id, entry.kind(), entry.name(), aliases, demonyms, entry.references(), entry.summary(),
                entry.attributes());
        added.add(id);
        changed.put(id, e);
        own(e.name(), id);
        List<String> forms = newForms.computeIfAbsent(id, k -> new ArrayList<>());
        forms.add(e.name());
        forms.addAll(aliases);
        forms.addAll(demonyms);
    }

    private void merge(String id, EntityEntry entry) {
        Entity current = changed.getOrDefault(id, kb.entity(id));
        List<String> names = new ArrayList<>();
        names.add(entry.name());
        names.addAll(entry.aliases());
        List<String> aliases = unowned(names, id, entry);
        List<String> demonyms = unowned(entry.demonyms(), id, entry);
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(current.attributes());
        entry.attributes().forEach(attributes::putIfAbsent);
        Entity merged = new Entity(id, current.kind(), current.name(), plus(current.aliases(), aliases),
                plus(current.demonyms(), demonyms), plus(current.references(), entry.references()),
                current.summary().isEmpty() ? entry.summary() : current.summary(), attributes);
        if (!merged.equals(current)) {
            changed.put(id, merged);
        }
        newForms.computeIfAbsent(id, k -> new ArrayList<>()).addAll(aliases);
        newForms.get(id).addAll(demonyms);
        if (added.contains(id)) {
            repeats++;
        } else {
            merges.add(new EntityListImport.Merge(id, current.name(), entry.where(), entry.name(), aliases));
        }
    }

    /** The forms no entity has yet, now this one's; those another has are left out, and said. */
    private List<String> unowned(List<String> forms, String id, EntityEntry entry) {
        List<String> out = new ArrayList<>();
        for (String form : forms) {
            String owner = owners.get(key(form));
            if (owner == null) {
                own(form, id);
                out.add(form);
            } else if (!owner.equals(id)) {
                leftOut.add(entry.where() + ": \u201C" + form + "\u201D was left out: it is already a name of "
                        + nameOf(owner) + " (" + owner + ")");
            }
        }
        return out;
    }

    private String nameOf(String id) {
        Entity e = changed.getOrDefault(id, kb.entity(id));
        return e == null ? id : e.name();
    }

    private void own(String form, String id) {
        if (!form.isBlank()) {
            owners.putIfAbsent(key(form), id);
        }
    }

    private static String key(String form) {
        return form.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> plus(List<String> list, List<String> more) {
        List<String> out = new ArrayList<>(list);
        more.stream().filter(m -> !out.contains(m)).forEach(out::add);
        return out;
    }

    /** The new entities, as the last entry left them, in the order they were made. */
    List<Entity> added() {
        return changed.values().stream().filter(e -> added.contains(e.id())).toList();
    }

    /** The store's entities this import changed: as they were, and as they are now. */
    List<Entity> mergedBefore() {
        return changed.values().stream().filter(e -> !added.contains(e.id())).map(e -> kb.entity(e.id())).toList();
    }

    List<Entity> mergedAfter() {
        return changed.values().stream().filter(e -> !added.contains(e.id())).toList();
    }

    /** Per entity, the forms to link now: all of a new one's, the new aliases of a merged one. */
    Map<String, List<String>> formsToLink() {
        return newForms;
    }

    List<EntityListImport.Merge> merges() {
        return merges;
    }

    List<String> leftOut() {
        return leftOut;
    }

    /** Entries that repeated an earlier entry of the lists (merged into the entity it made). */
    int repeats() {
        return repeats;
    }
}
