package org.dossier.ui.sidebar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;
import org.dossier.ui.state.Place;
import org.dossier.ui.state.Shown;
import org.dossier.ui.style.Kinds;

/**
 * What the sidebar lists for what the window shows: for an article, the entities it mentions with how often; for an
 * entity (its page or its graph), the entities it is related to with how many relations; on the overview, the most
 * mentioned entities of the store. Grouped by kind, most first. A value: the sidebar is built anew only when it
 * changes.
 *
 * @param heading what the list is ("In this article")
 * @param note    a line said instead of the groups (nothing linked, or still loading), or null
 * @param groups  one per kind, in the kinds' reading order
 * @param unit    what the counts count, for screen readers ("mentions", "relations")
 * @param perKind how many of each kind are listed at first; a group's heading counts them all
 */
record SidebarModel(String heading, String note, List<Group> groups, String unit, int perKind) {

    /** On the overview, the sidebar lists this many of each kind. */
    static final int OVERVIEW_PER_KIND = 8;
    /**
     * Elsewhere it lists this many of each kind at first, and this many more at each click: an entity of a large
     * store can be related to hundreds of others, and a row of nodes each would slow every visit to its page.
     */
    static final int PER_KIND = 25;

    /** The entities of one kind, most counted first, then by name. */
    record Group(String kind, List<Row> rows) {
    }

    record Row(Entity entity, int count) {
    }

    static SidebarModel of(Shown shown) {
        KnowledgeBase kb = shown.knowledgeBase();
        Place place = shown.place();
        if (place instanceof Place.ArticlePage page && kb.article(page.articleId()) != null) {
            Article article = kb.article(page.articleId());
            Map<String, Integer> counts = new LinkedHashMap<>();
            KnowledgeBase.summarise(article).forEach((id, s) -> counts.put(id, s.count()));
            return listing("In this article", shown, counts, "mentions", PER_KIND);
        }
        String entity = entityOf(place);
        if (entity != null && kb.entity(entity) != null) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Relation r : kb.relationsOf(entity)) {
                counts.merge(r.other(entity), 1, Integer::sum);
            }
            counts.remove(entity);
            return listing("Connected to " + kb.entity(entity).name(), shown, counts, "relations", PER_KIND);
        }
        if (shown.loading()) {
            // Counts grow with every part of a large store that comes in: ranked once it is all in.
            return new SidebarModel("Most mentioned", "Ranked when the whole store is loaded.", List.of(), "mentions",
                    OVERVIEW_PER_KIND);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        kb.entities().forEach(e -> counts.put(e.id(), kb.mentionCount(e.id())));
        return listing("Most mentioned", shown, counts, "mentions", OVERVIEW_PER_KIND);
    }

    /** The entity a page is about (its page or its graph), or null. */
    private static String entityOf(Place place) {
        if (place instanceof Place.EntityPage p) {
            return p.entityId();
        }
        return place instanceof Place.Graph g ? g.entityId() : null;
    }

    private static SidebarModel listing(String heading, Shown shown, Map<String, Integer> counts, String unit,
                                        int perKind) {
        if (counts.isEmpty()) {
            return new SidebarModel(heading, shown.loading() ? "Loading…" : "Nothing linked here yet.", List.of(),
                    unit, perKind);
        }
        KnowledgeBase kb = shown.knowledgeBase();
        Map<String, List<Row>> byKind = new TreeMap<>(Kinds.ORDER);
        counts.forEach((id, count) -> {
            Entity e = kb.entity(id);
            if (e != null) {
                byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(new Row(e, count));
            }
        });
        List<Group> groups = new ArrayList<>();
        byKind.forEach((kind, rows) -> {
            rows.sort((a, b) -> a.count() != b.count() ? b.count() - a.count()
                    : a.entity().name().compareToIgnoreCase(b.entity().name()));
            groups.add(new Group(kind, List.copyOf(rows)));
        });
        return new SidebarModel(heading, null, List.copyOf(groups), unit, perKind);
    }
}
