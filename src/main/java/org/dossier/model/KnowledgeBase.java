package org.dossier.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a store holds, with the look-ups the views need computed once: entities and articles by id,
 * each entity's relations (both directions) and the articles that mention it; and what a person decided about
 * suggestions (decisions.json), so that rejecting one is an edit like any other. Immutable.
 */
public final class KnowledgeBase {

    /** How often an article mentions an entity, and where first. */
    public record MentionSummary(Article article, int count, Mention first) {
    }

    private final String name;
    private final List<Entity> entities;
    private final List<Article> articles;
    private final List<Relation> relations;
    private final Decisions decisions;
    private final ListedEntries listed;
    private final Map<String, Entity> entityById;
    private final Map<String, Article> articleById;
    private final Map<String, List<Relation>> relationsByEntity;
    private final Map<String, List<MentionSummary>> mentionsByEntity;
    private final Map<String, Integer> mentionCounts;

    public KnowledgeBase(String name, List<Entity> entities, List<Article> articles, List<Relation> relations) {
        this(name, entities, articles, relations, Decisions.NONE);
    }

    public KnowledgeBase(String name, List<Entity> entities, List<Article> articles, List<Relation> relations,
                         Decisions decisions) {
        this(name, entities, articles, relations, decisions, ListedEntries.NONE);
    }

    public KnowledgeBase(String name, List<Entity> entities, List<Article> articles, List<Relation> relations,
                         Decisions decisions, ListedEntries listed) {
        this.name = name == null ? "" : name;
        this.decisions = decisions == null ? Decisions.NONE : decisions;
        this.listed = listed == null ? ListedEntries.NONE : listed;
        this.entities = List.copyOf(entities);
        this.articles = List.copyOf(articles);
        this.relations = List.copyOf(relations);
        this.entityById = index(this.entities, Entity::id);
        this.articleById = index(this.articles, Article::id);
        this.relationsByEntity = new LinkedHashMap<>();
        for (Relation r : this.relations) {
            relationsByEntity.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r);
            if (!r.object().equals(r.subject())) {
                relationsByEntity.computeIfAbsent(r.object(), k -> new ArrayList<>()).add(r);
            }
        }
        this.mentionsByEntity = new HashMap<>();
        this.mentionCounts = new HashMap<>();
        // Summaries are per article and independent: worth both cores on a large store.
        List<Map<String, MentionSummary>> summaries = this.articles.size() > 1000
                ? this.articles.parallelStream().map(KnowledgeBase::summarise).toList()
                : this.articles.stream().map(KnowledgeBase::summarise).toList();
        Map<String, int[]> counts = new HashMap<>();
        for (Map<String, MentionSummary> perArticle : summaries) {
            for (Map.Entry<String, MentionSummary> e : perArticle.entrySet()) {
                mentionsByEntity.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
                counts.computeIfAbsent(e.getKey(), k -> new int[1])[0] += e.getValue().count();
            }
        }
        counts.forEach((id, n) -> mentionCounts.put(id, n[0]));
    }

    /** The same entities, articles and relations (and their look-ups, not computed again) with other decisions. */
    private KnowledgeBase(KnowledgeBase kb, Decisions decisions, ListedEntries listed) {
        this.name = kb.name;
        this.entities = kb.entities;
        this.articles = kb.articles;
        this.relations = kb.relations;
        this.decisions = decisions;
        this.listed = listed;
        this.entityById = kb.entityById;
        this.articleById = kb.articleById;
        this.relationsByEntity = kb.relationsByEntity;
        this.mentionsByEntity = kb.mentionsByEntity;
        this.mentionCounts = kb.mentionCounts;
    }

    /** What a person decided about suggestions: the names and relations never to suggest again. */
    public Decisions decisions() {
        return decisions;
    }

    /** This knowledge base with other decisions. */
    public KnowledgeBase withDecisions(Decisions other) {
        return new KnowledgeBase(this, other == null ? Decisions.NONE : other, listed);
    }

    /** The entries of imported entity lists awaiting review (listed-entries.json). */
    public ListedEntries listedEntries() {
        return listed;
    }

    /** This knowledge base with other entries awaiting review. */
    public KnowledgeBase withListedEntries(ListedEntries other) {
        return new KnowledgeBase(this, decisions, other == null ? ListedEntries.NONE : other);
    }

    /** This knowledge base with {@code entity} in place of the entity with its id (or added at the end). */
    public KnowledgeBase withEntity(Entity entity) {
        return new KnowledgeBase(name, replacedOrAdded(entities, entity, Entity::id), articles, relations, decisions,
                listed);
    }

    /**
     * This knowledge base with each of {@code changed} in place of the entity with its id, and the others added at the
     * end, in their order: many entities at once (an entity list), with the look-ups computed once.
     */
    public KnowledgeBase withEntities(List<Entity> changed) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        changed.forEach(e -> byId.put(e.id(), e));
        List<Entity> list = new ArrayList<>(entities.size() + changed.size());
        for (Entity e : entities) {
            Entity replacement = byId.remove(e.id());
            list.add(replacement == null ? e : replacement);
        }
        list.addAll(byId.values());
        return new KnowledgeBase(name, list, articles, relations, decisions, listed);
    }

    /** This knowledge base without these entities (used to undo adding them; they must no longer be mentioned). */
    public KnowledgeBase withoutEntities(java.util.Collection<String> ids) {
        java.util.Set<String> gone = new java.util.HashSet<>(ids);
        List<Entity> list = new ArrayList<>(entities);
        list.removeIf(e -> gone.contains(e.id()));
        return new KnowledgeBase(name, list, articles, relations, decisions, listed);
    }

    /** This knowledge base with {@code article} in place of the article with its id (or added at the end). */
    public KnowledgeBase withArticle(Article article) {
        return new KnowledgeBase(name, entities, replacedOrAdded(articles, article, Article::id), relations, decisions,
                listed);
    }

    /** This knowledge base with each of {@code changed} in place of the article with its id. */
    public KnowledgeBase withArticles(List<Article> changed) {
        Map<String, Article> byId = new HashMap<>();
        changed.forEach(a -> byId.put(a.id(), a));
        List<Article> list = new ArrayList<>(articles.size());
        for (Article a : articles) {
            list.add(byId.getOrDefault(a.id(), a));
        }
        return new KnowledgeBase(name, entities, list, relations, decisions, listed);
    }

    /** This knowledge base with {@code relation} added at the end (or in place of the relation with its id). */
    public KnowledgeBase withRelation(Relation relation) {
        return new KnowledgeBase(name, entities, articles, replacedOrAdded(relations, relation, Relation::id),
                decisions, listed);
    }

    /** This knowledge base without the relation with this id (used to undo adding one). */
    public KnowledgeBase withoutRelation(String id) {
        List<Relation> list = new ArrayList<>(relations);
        list.removeIf(r -> r.id().equals(id));
        return new KnowledgeBase(name, entities, articles, list, decisions, listed);
    }

    /** The relation with this id, or null. */
    public Relation relation(String id) {
        for (Relation r : relations) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** This knowledge base without the entity (used to undo creating one; it must no longer be mentioned). */
    public KnowledgeBase withoutEntity(String id) {
        List<Entity> list = new ArrayList<>(entities);
        list.removeIf(e -> e.id().equals(id));
        return new KnowledgeBase(name, list, articles, relations, decisions, listed);
    }

    /** A copy of {@code items} with {@code item} in place of the one with its id, or added at the end. */
    private static <T> List<T> replacedOrAdded(List<T> items, T item, java.util.function.Function<T, String> idOf) {
        List<T> list = new ArrayList<>(items);
        int at = indexOfId(list, idOf.apply(item), idOf);
        if (at < 0) {
            list.add(item);
        } else {
            list.set(at, item);
        }
        return list;
    }

    private static <T> int indexOfId(List<T> items, String id, java.util.function.Function<T, String> idOf) {
        for (int i = 0; i < items.size(); i++) {
            if (idOf.apply(items.get(i)).equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** An empty knowledge base, for a store that has nothing yet. */
    public static KnowledgeBase empty(String name) {
        return new KnowledgeBase(name, List.of(), List.of(), List.of());
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>(items.size() * 2);
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Per entity mentioned in the article: the count and the first mention, in order of first mention. */
    public static Map<String, MentionSummary> summarise(Article article) {
        List<Mention> mentions = article.mentions();
        // entity id -> {count, index of its first mention}
        Map<String, int[]> seen = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            int[] s = seen.get(mentions.get(i).entity());
            if (s == null) {
                seen.put(mentions.get(i).entity(), new int[] {1, i});
            } else {
                s[0]++;
                if (before(mentions.get(i), mentions.get(s[1]))) {
                    s[1] = i;
                }
            }
        }
        List<Map.Entry<String, int[]>> entries = new ArrayList<>(seen.entrySet());
        entries.sort((x, y) -> before(mentions.get(x.getValue()[1]), mentions.get(y.getValue()[1])) ? -1
                : before(mentions.get(y.getValue()[1]), mentions.get(x.getValue()[1])) ? 1 : 0);
        Map<String, MentionSummary> out = new LinkedHashMap<>(entries.size() * 2);
        for (Map.Entry<String, int[]> e : entries) {
            out.put(e.getKey(), new MentionSummary(article, e.getValue()[0], mentions.get(e.getValue()[1])));
        }
        return out;
    }

    private static boolean before(Mention a, Mention b) {
        return a.paragraph() < b.paragraph() || (a.paragraph() == b.paragraph() && a.start() < b.start());
    }

    public String name() {
        return name;
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<Article> articles() {
        return articles;
    }

    public List<Relation> relations() {
        return relations;
    }

    public boolean isEmpty() {
        return entities.isEmpty() && articles.isEmpty();
    }

    /** The entity with this id, or null. */
    public Entity entity(String id) {
        return entityById.get(id);
    }

    /** The article with this id, or null. */
    public Article article(String id) {
        return articleById.get(id);
    }

    /** Relations in which the entity is subject or object, in store order. */
    public List<Relation> relationsOf(String entityId) {
        return Collections.unmodifiableList(relationsByEntity.getOrDefault(entityId, List.of()));
    }

    /** The articles that mention the entity, in store order, with counts and first mention. */
    public List<MentionSummary> mentionsOf(String entityId) {
        return Collections.unmodifiableList(mentionsByEntity.getOrDefault(entityId, List.of()));
    }

    /** Linked mentions of the entity in the whole store. */
    public int mentionCount(String entityId) {
        return mentionCounts.getOrDefault(entityId, 0);
    }

    /** Total linked mentions in the store. */
    public int totalMentions() {
        return mentionCounts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
