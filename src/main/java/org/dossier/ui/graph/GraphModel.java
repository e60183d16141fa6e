package org.dossier.ui.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.graph.Neighbourhood;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;
import org.dossier.ui.state.Place;
import org.dossier.ui.style.Kinds;

/**
 * What a graph draws: an entity's neighbourhood to the chosen depth, or the entities an article mentions, without
 * the kinds and relation types hidden, at most {@value #MAX_NODES} boxes (nearest first, then the most mentioned),
 * and the relations between two boxes grouped into one line. The depth and what is hidden are remembered in the
 * {@link GraphSettings}. No JavaFX here: the view draws a {@link Drawing}.
 */
public final class GraphModel {

    /** Beyond about this many boxes a graph is no longer readable. */
    static final int MAX_NODES = 150;
    /** In a graph with more lines than this, the types are written only on the centre's own lines. */
    static final int DENSE = 40;
    /** The box height the layout reserves, in pixels. */
    static final double BOX_HEIGHT = 32;

    /** The relations between two entities, drawn as one line; {@code labelled} when their types are written on it. */
    record Line(List<Relation> between, boolean labelled) {
    }

    /**
     * @param shown     the entities drawn, with their distance from the centre, and the relations between them
     * @param truncated what was left out, in words, or "" when nothing was
     * @param boxes     each entity's box, sized for the layout
     * @param lines     one per pair of entities with relations between them
     */
    record Drawing(Neighbourhood shown, String truncated, List<GraphLayout.Box> boxes, List<Line> lines) {

        /** Each line's two ends, for the layout. */
        List<String[]> edges() {
            return lines.stream().map(l -> new String[] {l.between().get(0).subject(), l.between().get(0).object()})
                    .toList();
        }
    }

    private final KnowledgeBase kb;
    private final String centre;
    private final String article;
    private final GraphSettings settings;
    private final Set<String> hiddenKinds;
    private final Set<String> hiddenTypes;
    private int depth;

    /**
     * @param centre  the entity in the middle, or null for an article's graph
     * @param article the article whose entities are drawn (then {@code centre} is null), or null
     */
    public GraphModel(KnowledgeBase kb, String centre, String article, GraphSettings settings) {
        this.kb = kb;
        this.centre = centre;
        this.article = article;
        this.settings = settings;
        this.hiddenKinds = settings.hiddenKinds();
        this.hiddenTypes = settings.hiddenTypes();
        this.depth = settings.depth();
    }

    KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** The entity in the middle, or null for an article's graph. */
    String centre() {
        return centre;
    }

    String title() {
        return "Graph of " + (centre != null ? kb.entity(centre).name() : "the article");
    }

    /** Where "Open its page" (or "Read the article") leads. */
    Place subjectPage() {
        return centre != null ? new Place.EntityPage(centre) : new Place.ArticlePage(article);
    }

    /** What an export is called at first: the entity's or the article's id. */
    String exportName() {
        return centre != null ? centre : article;
    }

    /** Only an entity's graph has a depth; an article's draws its own entities. */
    boolean hasDepth() {
        return centre != null;
    }

    int depth() {
        return depth;
    }

    void setDepth(int depth) {
        this.depth = depth;
        settings.depth(depth);
    }

    /** The kinds the Show menu offers: the known ones and any other the store uses, in reading order. */
    List<String> kinds() {
        Set<String> kinds = new TreeSet<>(Kinds.ORDER);
        kb.entities().forEach(e -> kinds.add(e.kind()));
        return List.copyOf(kinds);
    }

    /** The relation types the Show menu offers, alphabetically. */
    List<String> types() {
        Set<String> types = new TreeSet<>();
        kb.relations().forEach(r -> types.add(r.type()));
        return List.copyOf(types);
    }

    boolean showsKind(String kind) {
        return !hiddenKinds.contains(kind);
    }

    boolean showsType(String type) {
        return !hiddenTypes.contains(type);
    }

    void showKind(String kind, boolean show) {
        toggle(hiddenKinds, kind, show);
        settings.hiddenKinds(hiddenKinds);
    }

    void showType(String type, boolean show) {
        toggle(hiddenTypes, type, show);
        settings.hiddenTypes(hiddenTypes);
    }

    private static void toggle(Set<String> hidden, String value, boolean show) {
        if (show) {
            hidden.remove(value);
        } else {
            hidden.add(value);
        }
    }

    /** What to draw with the depth and filters as they are now. */
    Drawing draw() {
        Set<String> followed = new HashSet<>();
        kb.relations().forEach(r -> followed.add(r.type()));
        followed.removeAll(hiddenTypes);
        // No type followed at all is said with a type no relation has: an empty set would mean "follow all".
        Set<String> types = hiddenTypes.isEmpty() ? Set.of() : followed.isEmpty() ? Set.of("\u0000none") : followed;
        Neighbourhood all = article != null
                ? Neighbourhood.ofArticle(kb, kb.article(article), x -> showsKind(x.kind()), types)
                : Neighbourhood.of(kb, centre, depth, x -> x.id().equals(centre) || showsKind(x.kind()), types);
        int count = all.depths().size();
        Neighbourhood shown = nearest(all, MAX_NODES);
        String truncated = count > MAX_NODES ? MAX_NODES + " of " + count + " shown (nearest, most mentioned)" : "";
        List<GraphLayout.Box> boxes = new ArrayList<>();
        shown.depths().forEach((id, ring) -> boxes.add(new GraphLayout.Box(id, boxWidth(kb.entity(id).name()),
                BOX_HEIGHT, ring)));
        Map<String, List<Relation>> pairs = pairs(shown.edges());
        boolean labelAll = pairs.size() <= DENSE;
        List<Line> lines = pairs.values().stream().map(between -> new Line(between, labelAll
                || between.get(0).subject().equals(centre) || between.get(0).object().equals(centre))).toList();
        return new Drawing(shown, truncated, boxes, lines);
    }

    /** At most {@code max} entities, nearest first and, at the same distance, the most mentioned. */
    private Neighbourhood nearest(Neighbourhood n, int max) {
        if (n.depths().size() <= max) {
            return n;
        }
        List<String> ids = new ArrayList<>(n.depths().keySet());
        ids.sort(Comparator.comparingInt((String id) -> n.depths().get(id))
                .thenComparing(id -> -kb.mentionCount(id)).thenComparing(id -> id));
        Map<String, Integer> kept = new LinkedHashMap<>();
        ids.stream().limit(max).forEach(id -> kept.put(id, n.depths().get(id)));
        List<Relation> edges = n.edges().stream()
                .filter(r -> kept.containsKey(r.subject()) && kept.containsKey(r.object())).toList();
        return new Neighbourhood(n.centre(), kept, edges);
    }

    /**
     * The relations grouped by the pair of entities they join (either direction), so that three relations
     * between Denmark and Ukraine are one line with three labels rather than three lines on top of each other.
     */
    private static Map<String, List<Relation>> pairs(List<Relation> relations) {
        Map<String, List<Relation>> pairs = new LinkedHashMap<>();
        for (Relation r : relations) {
            boolean ordered = r.subject().compareTo(r.object()) <= 0;
            String key = ordered ? r.subject() + "\u0000" + r.object() : r.object() + "\u0000" + r.subject();
            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        return pairs;
    }

    /** A box fits the icon and the name at the graph's font size; the layout needs it before the box exists. */
    static double boxWidth(String name) {
        return 16 + 6 + 16 + Math.min(name.length(), 40) * 7.2;
    }
}
