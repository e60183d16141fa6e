package org.dossier.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.PartialDate;
import org.dossier.model.Relation;
import org.dossier.store.StoreSchema;

/** Everything dated in a store, in time order, each at the precision its source gives. */
public final class Timeline {

    /** What a timeline item is. */
    public enum Type { ENTITY, RELATION, ARTICLE }

    /**
     * One dated thing.
     *
     * @param what  for an entity, the attribute that gives the date ("date", "signed"); for a relation, "date",
     *              "start" or "end"; for an article, "published"
     * @param id    the entity, relation or article id
     */
    public record Item(PartialDate date, Type type, String id, String label, String what) {
    }

    private Timeline() {
    }

    /**
     * Every dated item; with an entity, only that entity, its relations, its related entities and the
     * articles that mention it. Dates without a year ("--06-21") come last, as they cannot be placed.
     */
    public static List<Item> of(KnowledgeBase kb, String entityId) {
        Set<String> focus = entityId == null ? null : focus(kb, entityId);
        List<Item> items = new ArrayList<>();
        for (Entity e : kb.entities()) {
            if (focus != null && !focus.contains(e.id())) {
                continue;
            }
            e.attributes().forEach((key, value) -> {
                if (StoreSchema.DATE_ATTRIBUTES.contains(key)) {
                    for (String v : value.values()) {
                        items.add(new Item(PartialDate.parse(v), Type.ENTITY, e.id(), e.name(), key));
                    }
                }
            });
        }
        for (Relation r : kb.relations()) {
            if (focus != null && !r.subject().equals(entityId) && !r.object().equals(entityId)) {
                continue;
            }
            String label = name(kb, r.subject()) + " — " + r.type().replace('_', ' ') + " — " + name(kb, r.object());
            add(items, r.date(), Type.RELATION, r.id(), label, "date");
            add(items, r.start(), Type.RELATION, r.id(), label, "start");
            add(items, r.end(), Type.RELATION, r.id(), label, "end");
        }
        List<Article> articles = focus == null ? kb.articles()
                : kb.mentionsOf(entityId).stream().map(KnowledgeBase.MentionSummary::article).toList();
        for (Article a : articles) {
            add(items, a.date(), Type.ARTICLE, a.id(), a.title(), "published");
        }
        items.sort(Comparator.comparing(Item::date).thenComparing(Item::label));
        return items;
    }

    private static Set<String> focus(KnowledgeBase kb, String entityId) {
        Set<String> ids = new java.util.HashSet<>();
        ids.add(entityId);
        kb.relationsOf(entityId).forEach(r -> ids.add(r.other(entityId)));
        return ids;
    }

    private static void add(List<Item> items, PartialDate date, Type type, String id, String label, String what) {
        if (date != null) {
            items.add(new Item(date, type, id, label, what));
        }
    }

    private static String name(KnowledgeBase kb, String id) {
        Entity e = kb.entity(id);
        return e == null ? id : e.name();
    }
}
