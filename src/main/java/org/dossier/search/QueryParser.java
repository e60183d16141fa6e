package org.dossier.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.PartialDate;

/**
 * Reads the query language: plain words (all must match), "exact phrases", prefix*, -exclusions, a OR b (binds
 * the words on either side), and the filters kind:, entity:, before: and after:. Lucene's own query syntax is
 * never exposed: a query is always read, and whatever could not be read as typed is explained in a notice.
 */
final class QueryParser {

    private static final String LONE_OR = "OR needs a word on each side; it was ignored";

    private final List<String> notices;
    private final List<List<QueryTerm>> required = new ArrayList<>();
    private final List<QueryTerm> excluded = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();
    private final List<String> excludedKinds = new ArrayList<>();
    private final List<String> entities = new ArrayList<>();
    private final List<String> excludedEntities = new ArrayList<>();
    private PartialDate before;
    private PartialDate after;

    private QueryParser(List<String> notices) {
        this.notices = new ArrayList<>(notices);
    }

    /** @param notices what the lexer said about the text, to which the parser's own notices are added */
    static ParsedQuery parse(List<QueryLexer.Token> tokens, List<String> notices) {
        return new QueryParser(notices).read(tokens);
    }

    private ParsedQuery read(List<QueryLexer.Token> tokens) {
        boolean orPending = false;
        boolean afterTerm = false;
        for (QueryLexer.Token token : tokens) {
            if (token instanceof QueryLexer.Term t && !t.negated()) {
                if (orPending) {
                    required.get(required.size() - 1).add(t.term());
                } else {
                    required.add(new ArrayList<>(List.of(t.term())));
                }
                afterTerm = true;
                orPending = false;
                continue;
            }
            if (token instanceof QueryLexer.Or) {
                if (afterTerm) {
                    orPending = true;
                } else {
                    notices.add(LONE_OR);
                }
            } else {
                if (orPending) {
                    notices.add(LONE_OR);
                }
                orPending = false;
                if (token instanceof QueryLexer.Term t) {
                    excluded.add(t.term());
                } else if (token instanceof QueryLexer.Filter f) {
                    addFilter(f);
                }
            }
            afterTerm = false;
        }
        if (orPending) {
            notices.add(LONE_OR);
        }
        return new ParsedQuery(required, excluded, kinds, excludedKinds, entities, excludedEntities, before, after,
                notices.stream().distinct().toList());
    }

    private void addFilter(QueryLexer.Filter filter) {
        switch (filter.key()) {
            case "kind" -> (filter.negated() ? excludedKinds : kinds).add(filter.value().toLowerCase(Locale.ROOT));
            case "entity" -> (filter.negated() ? excludedEntities : entities).add(filter.value());
            default -> addDate(filter);
        }
    }

    /** before:/after: keep the tightest bound when given twice; a date must have a year to compare with. */
    private void addDate(QueryLexer.Filter filter) {
        String key = filter.key();
        if (filter.negated()) {
            notices.add("-" + key + ": is not supported (use " + (key.equals("before") ? "after:" : "before:")
                    + " instead); it was ignored");
            return;
        }
        PartialDate date;
        try {
            date = PartialDate.parse(filter.value());
        } catch (IllegalArgumentException e) {
            notices.add(key + ":" + QueryLexer.shown(filter.value()) + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD); it was ignored");
            return;
        }
        if (date.year() == null) {
            notices.add(key + ":" + QueryLexer.shown(filter.value()) + " has no year; it was ignored");
        } else if (key.equals("before")) {
            before = before == null || date.earliest().isBefore(before.earliest()) ? date : before;
        } else {
            after = after == null || date.latest().isAfter(after.latest()) ? date : after;
        }
    }
}
