package org.dossier.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.dossier.edit.Edit;
import org.dossier.edit.ReplaceArticles;
import org.dossier.edit.ReplaceEntity;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.Relation;
import org.dossier.store.StoreSchema;
import org.dossier.ui.state.Place;
import org.dossier.ui.state.Shown;

/**
 * Which page the centre shows for what the window shows, and what is on that page, as a value: the centre builds
 * its page anew only when the route changes. An article's page changes with its words, links and the entities they
 * name; an entity's with the entity, its relations and the articles that mention it; pages that sum up the whole
 * store (the overview, graphs, paths, the timeline) with the store. The suggestions page is built once and follows
 * the store by itself, so the reader keeps their place in the queue while accepting. So a reader keeps their place
 * (and scroll position) while an edit or an import changes something the page does not show.
 *
 * @param content what the page shows, compared by value; the knowledge base itself for pages that sum it up
 */
record PageRoute(Kind kind, Place place, Object content) {

    enum Kind { LOADING, OVERVIEW, ARTICLE, OPENING_ARTICLE, MISSING, ENTITY, GRAPH, ARTICLE_GRAPH, PATH, TIMELINE,
        SUGGESTIONS }

    /** The parts of an article its page shows: its text (by fingerprint), links, the entities they name. */
    record ArticleContent(String title, String source, String link, PartialDate date, long textHash,
                          List<Mention> mentions, List<Entity> named, List<Integer> mentionCounts, boolean editable) {
    }

    /** The parts of the store an entity's page shows. */
    record EntityContent(Entity entity, List<Relation> relations, List<Entity> related, List<MentionRow> mentions,
                         int mentionCount, boolean editable) {
    }

    /** One row of "Mentioned in". */
    record MentionRow(String articleId, String title, PartialDate date, int count, Mention first) {
    }

    /**
     * @param whyNotEditable why an edit could not be saved into the store, or null: the pages offer editing only
     *                       where it could
     */
    static PageRoute of(Shown shown, Function<Edit, String> whyNotEditable) {
        KnowledgeBase kb = shown.knowledgeBase();
        Place place = shown.place();
        if (shown.partial() && (kb.articles().isEmpty() || place instanceof Place.Start)) {
            // A large store's articles can be read while the rest loads.
            return new PageRoute(Kind.LOADING, place, !kb.articles().isEmpty());
        }
        if (place instanceof Place.ArticlePage a) {
            Article article = kb.article(a.articleId());
            if (article == null) {
                return missing(place, "article", a.articleId());
            }
            if (!article.body().isLoaded()) {
                return new PageRoute(Kind.OPENING_ARTICLE, place, List.of(article.id(), article.body().textHash()));
            }
            return new PageRoute(Kind.ARTICLE, place, articleContent(article, kb, !shown.partial(), whyNotEditable));
        }
        if (place instanceof Place.EntityPage e) {
            Entity entity = kb.entity(e.entityId());
            return entity == null ? missing(place, "entity", e.entityId())
                    : new PageRoute(Kind.ENTITY, place, entityContent(entity, kb, whyNotEditable));
        }
        if (place instanceof Place.Graph g) {
            return kb.entity(g.entityId()) == null ? missing(place, "entity", g.entityId())
                    : new PageRoute(Kind.GRAPH, place, kb);
        }
        if (place instanceof Place.ArticleGraph g) {
            return kb.article(g.articleId()) == null ? missing(place, "article", g.articleId())
                    : new PageRoute(Kind.ARTICLE_GRAPH, place, kb);
        }
        if (place instanceof Place.PathPage p) {
            return kb.entity(p.fromId()) == null || kb.entity(p.toId()) == null ? missing(place, "entity", p.fromId())
                    : new PageRoute(Kind.PATH, place, kb);
        }
        if (place instanceof Place.TimelinePage t) {
            return t.entityId() != null && kb.entity(t.entityId()) == null ? missing(place, "entity", t.entityId())
                    : new PageRoute(Kind.TIMELINE, place, kb);
        }
        if (place instanceof Place.Suggestions) {
            // The review queue follows the store itself, keeping the reader's place in it while they accept.
            return new PageRoute(Kind.SUGGESTIONS, place, shown.partial());
        }
        return new PageRoute(Kind.OVERVIEW, place, kb);
    }

    private static PageRoute missing(Place place, String what, String id) {
        return new PageRoute(Kind.MISSING, place, List.of(what, id));
    }

    /**
     * @param counted whether the preview cards' counts are part of what the page shows: not while a large store
     *                arrives in parts, when they grow with every part and the page being read must stay as it is
     */
    private static ArticleContent articleContent(Article article, KnowledgeBase kb, boolean counted,
                                                 Function<Edit, String> whyNotEditable) {
        Set<String> ids = new LinkedHashSet<>();
        article.mentions().forEach(m -> ids.add(m.entity()));
        List<Entity> named = new ArrayList<>(ids.size());
        List<Integer> counts = new ArrayList<>(ids.size());
        for (String id : ids) {
            named.add(kb.entity(id));
            if (counted) {
                counts.add(kb.mentionCount(id)); // the preview cards say how often each is mentioned in the store
            }
        }
        Edit probe = new ReplaceArticles("probe", List.of(article), List.of(article));
        return new ArticleContent(article.title(), article.source(), article.link(), article.date(),
                article.body().textHash(), article.mentions(), named, counts, whyNotEditable.apply(probe) == null);
    }

    private static EntityContent entityContent(Entity entity, KnowledgeBase kb, Function<Edit, String> whyNotEditable) {
        List<Relation> relations = kb.relationsOf(entity.id());
        Set<String> relatedIds = new LinkedHashSet<>();
        relations.forEach(r -> relatedIds.add(r.other(entity.id())));
        entity.attributes().forEach((key, value) -> {
            if (StoreSchema.ENTITY_ATTRIBUTES.contains(key)) {
                relatedIds.addAll(value.values());
            }
        });
        List<Entity> related = relatedIds.stream().map(kb::entity).toList();
        List<MentionRow> mentions = kb.mentionsOf(entity.id()).stream().map(m -> new MentionRow(m.article().id(),
                m.article().title(), m.article().date(), m.count(), m.first())).toList();
        return new EntityContent(entity, relations, related, mentions, kb.mentionCount(entity.id()),
                whyNotEditable.apply(new ReplaceEntity(entity, entity)) == null);
    }
}
