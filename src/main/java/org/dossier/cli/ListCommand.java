package org.dossier.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.LoadResult;

/**
 * {@code dossier list entities|articles|relations}: prints what the store holds. A store with problems is
 * listed anyway, as far as it is valid, the way the window shows it; a warning on standard error says so.
 */
final class ListCommand implements Command {

    static final String JSON = "--json";
    private static final List<Listing> LISTINGS = List.of(new EntityListing(), new ArticleListing(),
            new RelationListing());

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String summary() {
        return "print the entities, articles or relations of a store";
    }

    @Override
    public String usage() {
        return """
                Usage: dossier list %s [--data DIR] [--json]

                Prints what the store in DIR holds, as a table:
                  entities    id, kind, name, and mentions in all articles
                  articles    id, date, mentions, title
                  relations   id, type, subject, object, and the first evidence sentence

                A store with problems is listed as far as it is valid, with a warning;
                'dossier check' says what is wrong.

                Options:
                  --data DIR   the store folder (default: data, in the current folder)
                  --json       print a JSON array instead of a table
                  --help, -h   show this usage

                Exit status: 0 listed, 1 the store folder is missing, 2 the command line is wrong.
                """.formatted(String.join("|", names()));
    }

    @Override
    public Set<String> flags() {
        return Set.of(JSON);
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws UsageException {
        if (args.operands().isEmpty()) {
            throw new UsageException("say what to list: " + Words.alternatives(names()));
        }
        args.requireAtMost(1);
        String what = args.operands().get(0);
        Listing listing = listing(what).orElseThrow(() -> new UsageException("cannot list '" + what
                + "': choose " + Words.alternatives(names())));
        LoadResult loaded = ReadableStore.load(args.dataDir(), err);
        if (loaded == null) {
            return ExitCode.STORE_PROBLEMS;
        }
        print(listing, loaded.knowledgeBase(), args.has(JSON), out);
        ReadableStore.warnAboutProblems(loaded.problems(), err);
        return ExitCode.OK;
    }

    private static void print(Listing listing, KnowledgeBase kb, boolean json, PrintStream out) {
        if (json) {
            JsonOutput.print(out, listing.json(kb));
            return;
        }
        TextTable table = listing.table(kb);
        if (table.isEmpty()) {
            out.println("No " + listing.name() + " in the store.");
        } else {
            table.print(out);
        }
    }

    private static Optional<Listing> listing(String name) {
        return LISTINGS.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    private static List<String> names() {
        return LISTINGS.stream().map(Listing::name).toList();
    }
}
