package org.dossier.discovery;

import java.text.Normalizer;
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
import org.dossier.edit.ReplaceArticles;
import org.dossier.linking.Linker;
import org.dossier.model.Article;
import org.dossier.model.AttributeValue;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.Relation;
import org.dossier.store.StoreLayout;

/**
 * Accepting a suggestion, as one undoable edit: the command line and the window do the same. An entity is created
 * with its kind, its variants as aliases (those another entity already uses are left out, so no name becomes
 * ambiguous), its demonyms and attributes, and every occurrence of its forms in the store is linked where nothing
 * is linked yet. A relation is added with every sentence that states it.
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
        return new Entity(idFor(kb, s.name()), s.kind(), s.name(), aliases, demonyms, List.of(), "", attributes);
    }

    /** Creates the entity and links every occurrence of its forms store-wide, as one edit. Reads every article. */
    public static Edit entity(KnowledgeBase kb, EntitySuggestion s) {
        return entity(kb, entityOf(kb, s));
    }

    /** Creates {@code entity} (perhaps edited from a suggestion) and links it everywhere, as one edit. */
    public static Edit entity(KnowledgeBase kb, Entity entity) {
        Linker linker = new Linker(List.of(entity));
        List<Article> before = new ArrayList<>();
        List<Article> after = new ArrayList<>();
        for (Article a : kb.articles()) {
            List<Mention> found = linker.link(a);
            if (found.isEmpty()) {
                continue;
            }
            List<Mention> all = new ArrayList<>(a.mentions());
            for (Mention m : found) {
                if (a.mentions().stream().noneMatch(old -> old.paragraph() == m.paragraph()
                        && old.start() < m.end() && m.start() < old.end())) {
                    all.add(m);
                }
            }
            if (all.size() > a.mentions().size()) {
                all.sort(java.util.Comparator.comparingInt(Mention::paragraph).thenComparingInt(Mention::start));
                before.add(a);
                after.add(a.withMentions(all));
            }
        }
        return new CompositeEdit("creation of " + entity.name(), List.of(new AddEntity(entity),
                new ReplaceArticles("links to " + entity.name(), before, after)));
    }

    /** Adds the suggested relation, with all its evidence, as one edit. */
    public static Edit relation(KnowledgeBase kb, RelationSuggestion s) {
        String id = s.relationId();
        for (int n = 2; kb.relation(id) != null; n++) {
            id = s.relationId() + "-" + n;
        }
        return new AddRelation(new Relation(id, s.type(), s.subject(), s.object(), s.date(), null, null, s.evidence()));
    }

    /** An id from a name ("Andriy Yermak" → "andriy-yermak"), made unique with "-2", "-3"…; always a valid id. */
    static String idFor(KnowledgeBase kb, String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String base = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 80) {
            base = base.substring(0, 80).replaceAll("-+$", "");
        }
        base = base.isEmpty() ? "entity" : base;
        String id = base;
        for (int n = 2; kb.entity(id) != null; n++) {
            id = base + "-" + n;
        }
        if (!StoreLayout.isValidId(id)) {
            throw new IllegalStateException("made an invalid id '" + id + "' from '" + name + "'");
        }
        return id;
    }
}
