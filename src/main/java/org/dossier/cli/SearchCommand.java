package org.dossier.cli;

import java.io.PrintStream;
import java.util.Set;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchResults;
import org.dossier.store.LoadResult;

/**
 * {@code dossier search QUERY}: the window's search engine from the command line, with the same query
 * language, the same ranking and the same persisted index (so a second search of a large store is quick).
 */
final class SearchCommand implements Command {

    static final String JSON = "--json";
    static final String LIMIT = "--limit";
    static final int DEFAULT_LIMIT = 10;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "search the articles and entities of a store";
    }

    @Override
    public String usage() {
        return """
                Usage: dossier search QUERY... [--data DIR] [--limit N] [--json]

                Searches the articles and entities of the store in DIR. The words of the
                query may be given as one argument or several.

                Query language:
                  defence exports        every word must match (any form: "exports" finds "exported";
                                         case and accents do not matter), best matches first
                  "landmark agreement"   these words together, in this order, as written
                  produc*                words that begin with "produc"
                  -russia                leave out what contains "russia"
                  grain OR wheat         either word
                  Зеленський             a name or alias of an entity, in any script, also finds
                                         the articles that mention that entity
                  kind:person            only entities of that kind
                  entity:ukraine         only articles that mention that entity (id, name or alias;
                                         quote a name of several words: entity:"Herman Smetanin")
                  before:2022-06         only articles published before that date begins
                  after:2022             only articles published after that date ends
                                         (dates YYYY, YYYY-MM or YYYY-MM-DD; undated articles are
                                         left out)
                A query that starts with '-' goes after --, as in: dossier search -- -russia grain
                Only the first 256 words, phrases and filters of a longer query are searched,
                with a note saying so.

                Options:
                  --data DIR   the store folder (default: data, in the current folder)
                  --limit N    at most N entities and N articles (default: %d)
                  --json       print {"query", "took_ms", "notice", "entities": [{"id", "name",
                               "kind", "score"}], "articles": [{"id", "title", "score", "hits",
                               "snippet"}]}; matched words in a snippet are in <b>...</b>
                  --help, -h   show this usage

                The index is kept in the user's cache folder and reused while the store is
                unchanged.

                Exit status: 0 searched (also when nothing matched), 1 the store folder is
                missing, 2 the command line is wrong.
                """.formatted(DEFAULT_LIMIT);
    }

    @Override
    public Set<String> flags() {
        return Set.of(JSON);
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of(LIMIT);
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws UsageException {
        if (args.operands().isEmpty() || String.join("", args.operands()).isBlank()) {
            throw new UsageException("say what to search for, as in: dossier search defence exports");
        }
        int limit = (int) args.wholeNumber(LIMIT, DEFAULT_LIMIT, 1, Integer.MAX_VALUE);
        String query = String.join(" ", args.operands());
        LoadResult loaded = ReadableStore.load(args.dataDir(), err);
        if (loaded == null) {
            return ExitCode.STORE_PROBLEMS;
        }
        SearchResults results;
        try (SearchIndex index = SearchIndex.open(loaded.knowledgeBase(), SearchIndex.defaultCacheRoot())) {
            results = index.search(query, limit);
        }
        if (args.has(JSON)) {
            JsonOutput.print(out, SearchOutput.json(results));
        } else {
            if (results.notice() != null) {
                TerminalText.println(err, CommandLine.PROGRAM + ": note: " + results.notice());
            }
            SearchOutput.text(results, out);
        }
        ReadableStore.warnAboutProblems(loaded.problems(), err);
        return ExitCode.OK;
    }
}
