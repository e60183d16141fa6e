package org.dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;

/**
 * Runs a compiled query and describes what it found. Names, titles, dates and text come from the knowledge
 * base the index was built from, not from the index, which stores only ids.
 */
final class Searching {

    /** Newest first, for queries that only filter (before:, after:) and so do not rank. */
    private static final Sort NEWEST_FIRST = new Sort(new SortField(IndexFields.DATE_SORT, SortField.Type.LONG, true));

    private Searching() {
    }

    static List<EntityHit> entities(IndexSearcher searcher, KnowledgeBase kb, CompiledQuery query, int limit)
            throws IOException {
        if (query.entities() == null || limit <= 0) {
            return List.of();
        }
        List<EntityHit> hits = new ArrayList<>();
        for (ScoreDoc doc : searcher.search(query.entities(), limit).scoreDocs) {
            Entity entity = kb.entity(DocIds.of(searcher, doc.doc));
            if (entity != null) {
                hits.add(new EntityHit(entity.id(), entity.name(), entity.kind(),
                        MatchedAlias.of(entity, query.positiveTerms()), doc.score));
            }
        }
        return hits;
    }

    static List<ArticleHit> articles(IndexSearcher searcher, KnowledgeBase kb, CompiledQuery query, int limit)
            throws IOException {
        if (query.articles() == null || limit <= 0) {
            return List.of();
        }
        ScoreDoc[] top = query.articlesRanked()
                ? searcher.search(query.articles(), limit).scoreDocs
                : searcher.search(query.articles(), limit, NEWEST_FIRST).scoreDocs;
        int[] docs = new int[top.length];
        for (int i = 0; i < top.length; i++) {
            docs[i] = top[i].doc;
        }
        String[] snippets = Snippets.of(searcher, kb, docs, query.highlight());
        HitFinder hitFinder = new HitFinder(searcher, query);
        List<ArticleHit> hits = new ArrayList<>();
        for (int i = 0; i < top.length; i++) {
            Article article = kb.article(DocIds.of(searcher, docs[i]));
            if (article != null) {
                float score = Float.isNaN(top[i].score) ? 0f : top[i].score;
                hits.add(new ArticleHit(article.id(), article.title(), article.date(), score,
                        hitFinder.find(docs[i], article).size(), snippets[i]));
            }
        }
        return hits;
    }

    /** Every place in the article where the query matches; empty if the index does not hold it. */
    static List<HitSpan> hitsIn(IndexSearcher searcher, KnowledgeBase kb, String articleId, CompiledQuery query)
            throws IOException {
        Article article = kb.article(articleId);
        if (article == null) {
            return List.of();
        }
        TermQuery owner = new TermQuery(new Term(IndexFields.OWNER, IndexFields.owner(IndexFields.ARTICLE, articleId)));
        ScoreDoc[] found = searcher.search(owner, 1).scoreDocs;
        return found.length == 0 ? List.of() : new HitFinder(searcher, query).find(found[0].doc, article);
    }
}
