package org.dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
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
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc doc : searcher.search(query.entities(), limit).scoreDocs) {
            Entity entity = kb.entity(stored.document(doc.doc).get(IndexFields.ID));
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
        List<ArticleHit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc doc : top) {
            Article article = kb.article(stored.document(doc.doc).get(IndexFields.ID));
            if (article != null) {
                hits.add(new ArticleHit(article.id(), article.title(), article.date(),
                        Float.isNaN(doc.score) ? 0f : doc.score, HitFinder.find(article, query).size(),
                        Snippets.of(article, query.highlight())));
            }
        }
        return hits;
    }
}
