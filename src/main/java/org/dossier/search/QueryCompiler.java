package org.dossier.search;

import static org.dossier.search.IndexFields.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link ParsedQuery} into Lucene queries for articles, entities and highlighting. Filters apply to
 * their own side: kind: to entities; entity:, before: and after: to articles. A side is searched only when the
 * query asks something of it: a word, a phrase, a prefix, or one of its filters.
 *
 * <p>Lucene refuses a query of more than {@link IndexSearcher#getMaxClauseCount()} clauses, counted over the
 * whole query. The lexer reads at most {@link QueryLexer#MAX_TERMS} terms, which keeps ordinary queries well
 * inside; a query that still needs more (words joined by hyphens into hundreds, names shared by many entities)
 * is searched with as many of its first terms as fit, and the notice says how many.
 */
final class QueryCompiler {

    private static final List<FieldQueries.Weighted> ARTICLE_FIELDS = List.of(
            new FieldQueries.Weighted(TITLE, 2f), new FieldQueries.Weighted(BODY, 1f));
    private static final List<FieldQueries.Weighted> ENTITY_FIELDS = List.of(
            new FieldQueries.Weighted(NAME, 4f), new FieldQueries.Weighted(ALIAS, 3f),
            new FieldQueries.Weighted(SUMMARY, 0.5f));

    /**
     * Up to this many values of one field are scored one by one (an article that mentions an entity more ranks
     * higher); more are one constant-score set, which counts as one clause however many there are.
     */
    private static final int SCORED_VALUES = 16;
    /** The most notices spelled out in one search's notice line. */
    private static final int MAX_NOTICES = 5;
    /** The most names and aliases of the entities a query names that are marked in the text. */
    private static final int MAX_HIGHLIGHTED_FORMS = 256;

    private final ParsedQuery parsed;
    private final EntityNames names;
    private final List<String> notices;
    private final List<Requirement> requirements;
    private final String cutNotice;

    private QueryCompiler(ParsedQuery parsed, EntityNames names, String cutNotice) {
        this.parsed = parsed;
        this.names = names;
        this.notices = new ArrayList<>(parsed.notices());
        this.requirements = EntityLinking.link(parsed.required(), names);
        this.cutNotice = cutNotice;
    }

    static CompiledQuery compile(String text, EntityNames names) {
        List<String> lexNotices = new ArrayList<>();
        QueryLexer.Lexed lexed = QueryLexer.lex(text, lexNotices);
        int terms = lexed.terms();
        CompiledQuery whole = fitting(lexed.tokens(), lexNotices, names, lexed.cut() ? cutNotice(terms) : null);
        if (whole != null) {
            return whole;
        }
        // The most first terms that fit: none always does; adding terms never takes clauses away.
        int fits = 0;
        int fails = terms;
        while (fails - fits > 1) {
            int middle = (fits + fails) >>> 1;
            if (fitting(lexed.firstTerms(middle), lexNotices, names, null) != null) {
                fits = middle;
            } else {
                fails = middle;
            }
        }
        return fitting(lexed.firstTerms(fits), lexNotices, names, cutNotice(fits));
    }

    private static String cutNotice(int kept) {
        return kept == 0 ? "the query is too long to search"
                : "the query is too long: only its first " + kept + " words, phrases and filters were searched";
    }

    /** The query compiled from these tokens, or null if it needs more clauses than Lucene allows. */
    private static CompiledQuery fitting(List<QueryLexer.Token> tokens, List<String> lexNotices, EntityNames names,
                                         String cutNotice) {
        CompiledQuery compiled;
        try {
            compiled = new QueryCompiler(QueryParser.parse(tokens, lexNotices), names, cutNotice).compile();
        } catch (IndexSearcher.TooManyClauses e) {
            return null; // one part alone has more clauses than allowed: said by returning null
        }
        return ClauseCount.allowed(compiled.articles()) && ClauseCount.allowed(compiled.entities())
                && ClauseCount.allowed(compiled.highlight()) ? compiled : null;
    }

    private CompiledQuery compile() {
        List<Query> articleParts = new ArrayList<>();
        List<Query> entityParts = new ArrayList<>();
        for (Requirement r : requirements) {
            Query article = requirement(r, ARTICLE_FIELDS, true);
            if (article == null) {
                notices.add("'" + QueryLexer.shown(String.join(" ", r.terms().stream().map(QueryTerm::text).toList()))
                        + "' is too common a word to search for; it was ignored");
                continue;
            }
            articleParts.add(article);
            entityParts.add(requirement(r, ENTITY_FIELDS, false));
        }
        List<QueryTerm> positive = requirements.stream().flatMap(r -> r.terms().stream()).toList();
        Set<String> linked = new LinkedHashSet<>();
        requirements.forEach(r -> linked.addAll(r.entityIds()));
        boolean ranked = !articleParts.isEmpty();
        if (requirements.isEmpty() && !parsed.excluded().isEmpty() && !parsed.filtersArticles() && !parsed.filtersEntities()) {
            notices.add("a query of only exclusions finds nothing; add a word to search for");
        }
        Query articles = articleParts.isEmpty() && !parsed.filtersArticles() ? null : articles(articleParts);
        Query entities = entityParts.isEmpty() && !parsed.filtersEntities() ? null : entities(entityParts);
        if (cutNotice != null) {
            notices.add(cutNotice);
        }
        return new CompiledQuery(articles, ranked || !parsed.entities().isEmpty(), entities, positive, linked,
                highlight(positive, linked), notice(notices));
    }

    /** The notices in one line; past the first few (a pasted text may give hundreds), only how many more. */
    private static String notice(List<String> notices) {
        List<String> distinct = notices.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return null;
        }
        if (distinct.size() <= MAX_NOTICES) {
            return String.join("; ", distinct);
        }
        // The last notice is the one saying a long query was cut, when it was: it is kept.
        List<String> shown = new ArrayList<>(distinct.subList(0, MAX_NOTICES - 1));
        shown.add("and " + (distinct.size() - MAX_NOTICES) + " more like these");
        shown.add(distinct.get(distinct.size() - 1));
        return String.join("; ", shown);
    }

    private Query articles(List<Query> parts) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term(TYPE, ARTICLE)), Occur.FILTER);
        parts.forEach(part -> query.add(part, Occur.MUST));
        for (QueryTerm term : parsed.excluded()) {
            Query text = FieldQueries.inAny(term, ARTICLE_FIELDS);
            if (text != null) {
                query.add(text, Occur.MUST_NOT);
            }
            Set<String> named = EntityLinking.named(term, names);
            if (!named.isEmpty()) {
                query.add(anyTerm(MENTIONS, named), Occur.MUST_NOT);
            }
        }
        for (String value : parsed.entities()) {
            // Scored when nothing else ranks: the articles that mention the entity most come first.
            query.add(mentionsOf(value), parts.isEmpty() ? Occur.MUST : Occur.FILTER);
        }
        for (String value : parsed.excludedEntities()) {
            query.add(mentionsOf(value), Occur.MUST_NOT);
        }
        if (parsed.before() != null) {
            long firstDayExcluded = parsed.before().earliest().toEpochDay();
            query.add(LongPoint.newRangeQuery(DATE_TO, Long.MIN_VALUE, firstDayExcluded - 1), Occur.FILTER);
        }
        if (parsed.after() != null) {
            LocalDate lastDayExcluded = parsed.after().latest();
            query.add(LongPoint.newRangeQuery(DATE_FROM, lastDayExcluded.toEpochDay() + 1, Long.MAX_VALUE), Occur.FILTER);
        }
        return query.build();
    }

    private Query entities(List<Query> parts) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term(TYPE, ENTITY)), Occur.FILTER);
        parts.forEach(part -> query.add(part, Occur.MUST));
        for (QueryTerm term : parsed.excluded()) {
            Query text = FieldQueries.inAny(term, ENTITY_FIELDS);
            if (text != null) {
                query.add(text, Occur.MUST_NOT);
            }
        }
        if (!parsed.kinds().isEmpty()) {
            query.add(anyTerm(KIND, parsed.kinds()), Occur.FILTER);
        }
        if (!parsed.excludedKinds().isEmpty()) {
            query.add(anyTerm(KIND, parsed.excludedKinds()), Occur.MUST_NOT);
        }
        return query.build();
    }

    /** Any alternative (all its terms, each in any of the fields), or for articles a mention of a named entity. */
    private static Query requirement(Requirement requirement, List<FieldQueries.Weighted> fields, boolean linkMentions) {
        List<Query> alternatives = new ArrayList<>();
        for (List<QueryTerm> terms : requirement.anyOf()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            int count = 0;
            for (QueryTerm term : terms) {
                Query q = FieldQueries.inAny(term, fields);
                if (q != null) {
                    all.add(q, Occur.MUST);
                    count++;
                }
            }
            if (count > 0) {
                alternatives.add(count == 1 ? all.build().clauses().get(0).getQuery() : all.build());
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        if (linkMentions && !requirement.entityIds().isEmpty()) {
            alternatives.add(anyTerm(MENTIONS, requirement.entityIds()));
        }
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        alternatives.forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }

    /** The articles that mention the entity an entity: filter names; none, with a notice, if none is called so. */
    private Query mentionsOf(String value) {
        Set<String> ids = names.resolve(value);
        if (ids.isEmpty()) {
            notices.add("no entity has the id, name or alias '" + QueryLexer.shown(value) + "'");
            return new MatchNoDocsQuery();
        }
        return anyTerm(MENTIONS, ids);
    }

    private static Query anyTerm(String field, Collection<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.iterator().next()));
        }
        if (values.size() > SCORED_VALUES) {
            return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        return any.build();
    }

    /** The typed terms, and every name and alias of the entities they name, as the text may use any of them. */
    private Query highlight(List<QueryTerm> positive, Set<String> linked) {
        List<QueryTerm> terms = new ArrayList<>(positive);
        linked.stream().flatMap(id -> names.formsOf(id).stream()).limit(MAX_HIGHLIGHTED_FORMS)
                .forEach(form -> terms.add(QueryTerm.phrase(form)));
        return FieldQueries.anyOf(terms, BODY);
    }
}
