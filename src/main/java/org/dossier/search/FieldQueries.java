package org.dossier.search;

import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * One {@link QueryTerm} as a Lucene query on fields analysed with {@link TextAnalysis#TEXT}: a plain word by
 * its stem, a phrase and a prefix by exact forms. Methods return null when analysis leaves nothing to search
 * (a stop word, punctuation).
 */
final class FieldQueries {

    /** A field and how much a match in it counts. */
    record Weighted(String field, float boost) {
    }

    /** How much the best field counts against the others in {@link #inAny}. */
    private static final float TIE_BREAKER = 0.1f;

    private FieldQueries() {
    }

    static Query in(QueryTerm term, String field) {
        return switch (term.type()) {
            case WORD -> sequence(field, TextAnalysis.words(term.text()), false);
            case PHRASE -> sequence(field, TextAnalysis.words(term.text()), true);
            case PREFIX -> prefix(field, TextAnalysis.labelWords(term.text()));
        };
    }

    /** The term in whichever field matches best, e.g. an article's title (counting double) or body. */
    static Query inAny(QueryTerm term, List<Weighted> fields) {
        List<Query> perField = fields.stream()
                .map(f -> boosted(in(term, f.field()), f.boost()))
                .filter(q -> q != null)
                .toList();
        return perField.isEmpty() ? null : perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    /** Every term in any of the fields: a disjunction, for highlighting and for telling which field matched. */
    static Query anyOf(List<QueryTerm> terms, String field) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean some = false;
        for (QueryTerm term : terms) {
            Query q = in(term, field);
            if (q != null) {
                any.add(q, Occur.SHOULD);
                some = true;
            }
        }
        return some ? any.build() : null;
    }

    /** One word → its term; several ("full-scale", a phrase) → a phrase query keeping stop-word gaps. */
    private static Query sequence(String field, List<TextAnalysis.Word> words, boolean exact) {
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1) {
            return new TermQuery(new Term(field, form(words.get(0), exact)));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = words.get(0).position();
        for (TextAnalysis.Word word : words) {
            phrase.add(new Term(field, form(word, exact)), word.position() - first);
        }
        return phrase.build();
    }

    private static String form(TextAnalysis.Word word, boolean exact) {
        return exact ? word.exact() : word.stem();
    }

    /** "defence ind*": the last word is the prefix, on exact forms; words before it must match exactly. */
    private static Query prefix(String field, List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        Query last = new PrefixQuery(new Term(field, TextAnalysis.EXACT_MARK + words.get(words.size() - 1)));
        if (words.size() == 1) {
            return last;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words.subList(0, words.size() - 1)) {
            if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
                continue; // not indexed, see TextAnalysis.TEXT
            }
            all.add(new TermQuery(new Term(field, TextAnalysis.EXACT_MARK + word)), Occur.MUST);
        }
        all.add(last, Occur.MUST);
        return all.build();
    }

    private static Query boosted(Query query, float boost) {
        return query == null || boost == 1f ? query : new BoostQuery(query, boost);
    }
}
