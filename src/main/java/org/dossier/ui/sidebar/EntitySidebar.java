package org.dossier.ui.sidebar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;
import org.dossier.ui.AppState;
import org.dossier.ui.nav.Place;
import org.dossier.ui.style.Icons;
import org.dossier.ui.style.Kinds;

/**
 * The right-hand pane: for an article, the entities it mentions grouped by kind with their mention counts;
 * for an entity, the entities it is related to. Clicking one opens its page.
 */
public final class EntitySidebar extends VBox {

    /** On the overview, the sidebar lists this many of each kind. */
    private static final int OVERVIEW_PER_KIND = 8;
    /**
     * Elsewhere it lists this many of each kind at first, and this many more at each click: an entity of a large
     * store can be related to hundreds of others, and a row of nodes each would slow every visit to its page.
     */
    private static final int PER_KIND = 25;

    private final AppState state;
    private final Label heading = new Label();
    private final VBox groups = new VBox(14);

    public EntitySidebar(AppState state) {
        this.state = state;
        setId("entitySidebar");
        getStyleClass().add("sidebar");
        heading.getStyleClass().add("pane-heading");
        heading.setWrapText(true);
        groups.setPadding(new Insets(4, 10, 12, 10));
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("sidebar-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox top = new VBox(heading);
        top.setPadding(new Insets(10, 10, 6, 10));
        getChildren().addAll(top, scroll);
        state.onViewChange(this::refresh);
        refresh();
    }

    private void refresh() {
        KnowledgeBase kb = state.knowledgeBase();
        Place place = state.history().current();
        groups.getChildren().clear();
        if (place instanceof Place.ArticlePage page && kb.article(page.articleId()) != null) {
            Article article = kb.article(page.articleId());
            heading.setText("In this article");
            Map<String, Integer> counts = new LinkedHashMap<>();
            KnowledgeBase.summarise(article).forEach((id, s) -> counts.put(id, s.count()));
            show(kb, counts, "mentions", PER_KIND);
        } else if (entityOf(place) != null && kb.entity(entityOf(place)) != null) {
            String id = entityOf(place);
            heading.setText("Connected to " + kb.entity(id).name());
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Relation r : kb.relationsOf(id)) {
                counts.merge(r.other(id), 1, Integer::sum);
            }
            counts.remove(id);
            show(kb, counts, "relations", PER_KIND);
        } else if (state.loadingProperty().get()) {
            // Counts grow with every part of a large store that comes in: ranked once it is all in.
            heading.setText("Most mentioned");
            Label wait = new Label("Ranked when the whole store is loaded.");
            wait.getStyleClass().add("muted");
            groups.getChildren().add(wait);
        } else {
            heading.setText("Most mentioned");
            Map<String, Integer> counts = new LinkedHashMap<>();
            kb.entities().forEach(e -> counts.put(e.id(), kb.mentionCount(e.id())));
            show(kb, counts, "mentions", OVERVIEW_PER_KIND);
        }
    }

    /** The entity a page is about (its page or its graph), or null. */
    private static String entityOf(Place place) {
        if (place instanceof Place.EntityPage p) {
            return p.entityId();
        }
        return place instanceof Place.Graph g ? g.entityId() : null;
    }

    /** @param perKind how many of each kind to list; the heading still counts them all */
    private void show(KnowledgeBase kb, Map<String, Integer> counts, String unit, int perKind) {
        if (counts.isEmpty()) {
            Label none = new Label(state.loadingProperty().get() ? "Loading…" : "Nothing linked here yet.");
            none.getStyleClass().add("muted");
            groups.getChildren().add(none);
            return;
        }
        Map<String, List<Entity>> byKind = new TreeMap<>(Kinds.ORDER);
        counts.keySet().forEach(id -> {
            Entity e = kb.entity(id);
            if (e != null) {
                byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
            }
        });
        byKind.forEach((kind, entities) -> {
            entities.sort((a, b) -> counts.get(b.id()) - counts.get(a.id()) != 0
                    ? counts.get(b.id()) - counts.get(a.id()) : a.name().compareToIgnoreCase(b.name()));
            Label title = new Label(Kinds.look(kind).plural() + " (" + entities.size() + ")");
            title.getStyleClass().addAll("group-heading", Kinds.look(kind).styleClass());
            VBox group = new VBox(2, title);
            group.getStyleClass().add("sidebar-group");
            group.setId("group-" + kind);
            entities.stream().limit(perKind).forEach(e -> group.getChildren().add(row(e, counts.get(e.id()), unit)));
            if (entities.size() > perKind) {
                group.getChildren().add(moreLink(kind, group, entities, perKind, counts, unit));
            }
            groups.getChildren().add(group);
        });
    }

    /** "and 856 more…" after the first {@code listedFirst} of a group: each click lists {@link #PER_KIND} more. */
    private Hyperlink moreLink(String kind, VBox group, List<Entity> entities, int listedFirst,
                               Map<String, Integer> counts, String unit) {
        Hyperlink more = new Hyperlink("and " + (entities.size() - listedFirst) + " more…");
        more.setId("more-" + kind);
        more.getStyleClass().add("sidebar-more");
        more.setTooltip(new javafx.scene.control.Tooltip("List " + PER_KIND + " more"));
        int[] listed = {listedFirst};
        more.setOnAction(e -> {
            int to = Math.min(entities.size(), listed[0] + PER_KIND);
            List<Node> rows = entities.subList(listed[0], to).stream()
                    .map(x -> row(x, counts.get(x.id()), unit)).toList();
            group.getChildren().addAll(group.getChildren().indexOf(more), rows);
            listed[0] = to;
            if (to == entities.size()) {
                group.getChildren().remove(more);
            } else {
                more.setText("and " + (entities.size() - to) + " more…");
            }
        });
        return more;
    }

    private Node row(Entity e, int count, String unit) {
        Hyperlink name = new Hyperlink(e.name(), Icons.forKind(e.kind(), 16));
        name.getStyleClass().addAll("sidebar-entity", Kinds.look(e.kind()).styleClass());
        name.setUserData(e.id());
        name.setWrapText(true);
        name.setOnAction(ev -> state.go(new Place.EntityPage(e.id())));
        Label badge = new Label(Integer.toString(count));
        badge.getStyleClass().add("count-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setAccessibleText(count + " " + unit);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(4, name, gap, badge);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
