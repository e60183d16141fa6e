package org.dossier.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a store holds, with the look-ups the views need computed once: entities and articles by id,
 * each entity's relations (both directions) and the articles that mention it. Immutable.
 */
public final class KnowledgeBase {

    /** How often an article mentions an entity, and where first. */
    public record MentionSummary(Article article, int count, Mention first) {
    }

    private final String name;
    private final List<Entity> entities;
    private final List<Article> articles;
    private final List<Relation> relations;
    private final Map<String, Entity> entityById;
    private final Map<String, Article> articleById;
    private final Map<String, List<Relation>> relationsByEntity;
    private final Map<String, List<MentionSummary>> mentionsByEntity;
    private final Map<String, Integer> mentionCounts;

    public KnowledgeBase(String name, List<Entity> entities, List<Article> articles, List<Relation> relations) {
        this.name = name == null ? "" : name;
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
        this.mentionsByEntity = new LinkedHashMap<>();
        this.mentionCounts = new LinkedHashMap<>();
        for (Article a : this.articles) {
            for (Map.Entry<String, MentionSummary> e : summarise(a).entrySet()) {
                mentionsByEntity.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
                mentionCounts.merge(e.getKey(), e.getValue().count(), Integer::sum);
            }
        }
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
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Mention> first = new LinkedHashMap<>();
        for (Mention m : article.mentions()) {
            counts.computeIfAbsent(m.entity(), k -> new int[1])[0]++;
            first.merge(m.entity(), m, (a, b) -> before(b, a) ? b : a);
        }
        Map<String, MentionSummary> out = new LinkedHashMap<>();
        first.entrySet().stream()
                .sorted((x, y) -> before(x.getValue(), y.getValue()) ? -1 : before(y.getValue(), x.getValue()) ? 1 : 0)
                .forEach(e -> out.put(e.getKey(), new MentionSummary(article, counts.get(e.getKey())[0], e.getValue())));
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
