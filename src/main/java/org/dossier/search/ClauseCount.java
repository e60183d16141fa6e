package org.dossier.search;

import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Counts a query's clauses as Lucene does before it runs one (a term, a phrase, a prefix each count one, however
 * deeply nested), so that a query Lucene would refuse with {@link IndexSearcher.TooManyNestedClauses} is cut
 * down before it is run instead.
 */
final class ClauseCount extends QueryVisitor {

    private int clauses;

    private ClauseCount() {
    }

    /** Whether Lucene would run this query (null is nothing to run, so allowed). */
    static boolean allowed(Query query) {
        if (query == null) {
            return true;
        }
        ClauseCount count = new ClauseCount();
        query.visit(count);
        return count.clauses <= IndexSearcher.getMaxClauseCount();
    }

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this; // exclusions count as much as the rest, as in Lucene's own count
    }

    @Override
    public void visitLeaf(Query query) {
        clauses++;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
        clauses++;
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        clauses++;
    }
}
