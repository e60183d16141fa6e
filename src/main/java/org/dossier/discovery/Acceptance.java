package org.dossier.discovery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.edit.AddEntity;
import org.dossier.edit.AddRelation;
import org.dossier.edit.CompositeEdit;
import org.dossier.edit.Edit;
import org.dossier.edit.EntityIds;
import org.dossier.edit.ReplaceArticles;
import org.dossier.edit.ReplaceEntity;
import org.dossier.linking.Linker;
import org.dossier.model.Article;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.ListedEntry;
import org.dossier.model.Relation;

/**
 * Accepting a suggestion, as one undoable edit: the command line and the window do the same. An entity is created
 * with its kind, its variants as aliases (those another entity already uses are left out, so no name becomes
 * ambiguous), its demonyms and attributes (and, for an imported list's entry, its summary, facts and weak aliases),
 * and every occurrence of its forms in the store is linked where nothing is linked yet. A relation is added with
 * every sentence that states it.
 */
public final class Acceptance {

    private Acceptance() {
    }

    /** The entity a suggestion becomes: an id made from its name, not used by the store yet. */
    public static Entity entityOf(KnowledgeBase kb, EntitySuggestion s) {
        Set<String> taken = new HashSet<>();
        kb.entities().forEach(e -> e.surfaceForms().forEach(f -> taken.add(f.toLowerCase(Locale.ROOT))));
        List<String> aliases = new ArrayList<>();
        for (String v : s.variants()) {
            String lower = v.toLowerCase(Locale.ROOT);
            if (!lower.equals(s.name().toLowerCase(Locale.ROOT)) && !taken.contains(lower) && !aliases.contains(v)) {
                aliases.add(v);
            }
        }
        List<String> demonyms = s.demonyms().stream().filter(d -> !taken.contains(d.toLowerCase(Locale.ROOT))).toList();
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        s.attributes().forEach((k, v) -> attributes.put(k, AttributeValue.of(v)));
        ListedEntry entry = s.listed();
        if (entry == null) {
            return new Entity(EntityIds.forName(kb, s.name()), s.kind(), s.name(), aliases, demonyms, List.of(), "",
                    attributes);
        }
        // An imported list's entry brings what the list says of it: its weak aliases as reference phrases (linked
        // only where they clearly mean it), its summary and its facts (an ISO code, a position).
        entry.attributes().forEach(attributes::putIfAbsent);
        List<String> weak = entry.weakAliases().stream().filter(w -> !taken.contains(w.toLowerCase(Locale.ROOT)))
                .toList();
        return new Entity(EntityIds.forName(kb, s.name()), s.kind(), s.name(), aliases, demonyms, weak,
                entry.summary(), attributes);
    }

    /** Creates the entity and links every occurrence of its forms store-wide, as one edit. Reads every article. */
    public static Edit entity(KnowledgeBase kb, EntitySuggestion s) {
        return entity(kb, entityOf(kb, s));
    }

    /** Creates {@code entity} (perhaps edited from a suggestion) and links it everywhere, as one edit. */
    public static Edit entity(KnowledgeBase kb, Entity entity) {
        return entities(kb, List.of(entity));
    }

    /**
     * Creates the entities and links them everywhere, as one edit. Linking follows the import's rules, with every
     * entity of the store in view (what a short form belongs to, names that share a form); only the new entities'
     * links are added, where nothing is linked yet or where a new name is longer than the automatic links it covers
     * ("Verkhovna Rada of Ukraine" takes the place of its "Ukraine", as it would have at import).
     */
    public static Edit entities(KnowledgeBase kb, List<Entity> created) {
        List<Edit> steps = new ArrayList<>();
        KnowledgeBase with = kb;
        for (Entity e : created) {
            AddEntity add = new AddEntity(e);
            steps.add(add);
            with = add.apply(with);
        }
        Set<String> ids = new HashSet<>();
        created.forEach(e -> ids.add(e.id()));
        String what = created.size() == 1 ? created.get(0).name() : created.size() + " entities";
        steps.add(links(with, ids, "links to " + what));
        return new CompositeEdit("creation of " + what, steps);
    }

    /**
     * Links the entities {@code ids} of {@code kb} in every article, by the import's rules with every entity in
     * view, where nothing is linked yet or a longer name replaces automatic links it covers. Reads every article
     * that holds one of their forms.
     */
    public static ReplaceArticles links(KnowledgeBase kb, Set<String> ids, String description) {
        Linker everything = Linker.of(kb);
        Linker onlyThese = new Linker(ids.stream().map(kb::entity).toList());
        List<Article> before = new ArrayList<>();
        List<Article> after = new ArrayList<>();
        for (Article a : kb.articles()) {
            if (!onlyThese.occursIn(a)) {
                continue;
            }
            Article linked = everything.withLinks(a, ids::contains);
            if (linked != a) {
                before.add(a);
                after.add(linked);
            }
        }
        return new ReplaceArticles(description, before, after);
    }

    /**
     * Makes {@code alias} (a variant of a suggestion) an alias of an entity the store has, and links it everywhere,
     * as one edit.
     */
    public static Edit aliasOf(KnowledgeBase kb, Entity existing, String alias) {
        List<String> aliases = new ArrayList<>(existing.aliases());
        if (!existing.isSurfaceForm(alias)) {
            aliases.add(alias);
        }
        Entity updated = new Entity(existing.id(), existing.kind(), existing.name(), aliases, existing.demonyms(),
                existing.references(), existing.summary(), existing.attributes());
        ReplaceEntity replace = new ReplaceEntity(existing, updated);
        return new CompositeEdit("alias “" + alias + "” for " + existing.name(), List.of(replace,
                links(replace.apply(kb), Set.of(existing.id()), "links of “" + alias + "” to " + existing.name())));
    }

    /** Adds the suggested relation, with all its evidence, as one edit. */
    public static Edit relation(KnowledgeBase kb, RelationSuggestion s) {
        String id = s.relationId();
        for (int n = 2; kb.relation(id) != null; n++) {
            id = s.relationId() + "-" + n;
        }
        return new AddRelation(new Relation(id, s.type(), s.subject(), s.object(), s.date(), null, null, s.evidence()));
    }
}
