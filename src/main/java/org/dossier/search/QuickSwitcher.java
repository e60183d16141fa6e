package org.dossier.search;

import static org.dossier.search.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;

/**
 * The quick switcher: entity names, aliases and article titles that look like what was typed. Each typed
 * word may match a word of the label exactly, as its beginning (the user is still typing), or within one or
 * two typing mistakes (Lucene's {@link FuzzyQuery}: edit distance with transpositions); words match in any
 * order. Every name and alias is a document of its own, so short labels that match well come first and the
 * result can say which form matched.
 */
final class QuickSwitcher {

    /** Typed words this short are only matched exactly or as a prefix: one edit would change them too much. */
    private static final int MIN_FUZZY_LENGTH = 3;
    /** From this length on, two mistakes are forgiven. */
    private static final int TWO_EDITS_LENGTH = 6;
    /**
     * Longer typed words are matched exactly or as a prefix only: no name has such words, and the automaton that
     * forgives typos grows with the word (a pasted 300-letter word took half a second a keystroke).
     */
    private static final int MAX_FUZZY_LENGTH = 24;
    /** Form documents of one entity compete for its place in the list; look a little further than asked. */
    private static final int OVERFETCH = 4;
    /**
     * Only the first words typed are looked for: names are short, and each typo-forgiving word may stand for up
     * to 52 clauses once Lucene expands it (the word, its prefix, 50 near spellings), of 1,024 allowed.
     */
    static final int MAX_WORDS = 8;
    /** Enough characters for those words; a text pasted into the switcher is not analysed further. */
    private static final int MAX_CHARS = 512;

    private QuickSwitcher() {
    }

    static List<SwitchItem> find(IndexSearcher searcher, KnowledgeBase kb, String text, int limit) throws IOException {
        String given = text == null ? "" : text;
        List<String> typed = TextAnalysis.labelWords(given.length() > MAX_CHARS ? given.substring(0, MAX_CHARS) : given);
        List<String> words = typed.subList(0, Math.min(typed.size(), MAX_WORDS));
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        ScoreDoc[] top = searcher.search(query(words), limit * OVERFETCH).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<SwitchItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScoreDoc hit : top) {
            Document doc = stored.document(hit.doc);
            SwitchItem item = item(kb, doc.get(TYPE), doc.get(ID), doc.get(LABEL), hit.score);
            if (item != null && seen.add(item.type() + ":" + item.id())) {
                items.add(item);
                if (items.size() == limit) {
                    break;
                }
            }
        }
        return items;
    }

    private static Query query(List<String> words) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            query.add(wordQuery(word), Occur.SHOULD);
        }
        // Every word must match somehow; with three or more, one may be missing altogether.
        query.setMinimumNumberShouldMatch(words.size() <= 2 ? words.size() : words.size() - 1);
        BooleanQuery.Builder kinds = new BooleanQuery.Builder();
        kinds.add(new TermQuery(new Term(TYPE, FORM)), Occur.SHOULD);
        kinds.add(new TermQuery(new Term(TYPE, ARTICLE)), Occur.SHOULD);
        return new BooleanQuery.Builder().add(query.build(), Occur.MUST).add(kinds.build(), Occur.FILTER).build();
    }

    /** The best of: the word itself, a word it begins, a word within one or two edits of it. */
    private static Query wordQuery(String word) {
        List<Query> ways = new ArrayList<>();
        ways.add(new BoostQuery(new TermQuery(new Term(LABEL, word)), 3f));
        ways.add(new BoostQuery(new PrefixQuery(new Term(LABEL, word)), 2f));
        if (word.length() >= MIN_FUZZY_LENGTH && word.length() <= MAX_FUZZY_LENGTH) {
            int edits = word.length() >= TWO_EDITS_LENGTH ? 2 : 1;
            ways.add(new FuzzyQuery(new Term(LABEL, word), edits, 0));
        }
        return new DisjunctionMaxQuery(ways, 0f);
    }

    /** The suggestion for a matching document; null if the store no longer has what it stands for. */
    private static SwitchItem item(KnowledgeBase kb, String type, String id, String matched, float score) {
        if (ARTICLE.equals(type)) {
            Article article = kb.article(id);
            return article == null ? null
                    : new SwitchItem(SwitchItem.Type.ARTICLE, id, article.title(), null, matched, score);
        }
        Entity entity = kb.entity(id);
        return entity == null ? null
                : new SwitchItem(SwitchItem.Type.ENTITY, id, entity.name(), entity.kind(), matched, score);
    }
}
