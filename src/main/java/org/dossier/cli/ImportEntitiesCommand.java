package org.dossier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.exchange.ExportProgress;
import org.dossier.exchange.entities.EntityListImport;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreException;
import org.dossier.store.StoreReader;
import org.dossier.store.StoreWriter;

/**
 * {@code dossier import-entities FILE...}: entity lists (FtM JSON lines, CSV) into the store, as entities linked in
 * every article, or ({@code --for-review}) as entries the Suggestions review proposes when the articles mention them.
 * The option is named after what the reader does next (review them), as the window's review queue is. Holds the
 * store's lock from loading to saving, as {@code import} does.
 */
final class ImportEntitiesCommand implements Command {

    static final String JSON = "--json";
    static final String FOR_REVIEW = "--for-review";

    @Override
    public String name() {
        return "import-entities";
    }

    @Override
    public String summary() {
        return "import entity lists (FollowTheMoney, CSV) and link their names";
    }

    @Override
    public String usage() {
        return """
                Usage: dossier import-entities FILE... [--for-review] [--data DIR] [--json]

                Imports the entries of each entity list into the store in DIR (default: data)
                and links their names in every article, by the same rules as other names:
                  FtM JSON lines (.json, .jsonl, .ndjson, .ftm): one entity per line, as
                      OpenSanctions and Aleph export them; people, organisations, companies,
                      public bodies, places, agreements and events are imported with their
                      names, aliases, countries, positions and dates; other schemata
                      (sanctions, ownerships, documents…) are counted, not imported
                  CSV (.csv): a header row with name (required), kind, aliases (separated
                      by ;) and summary
                An entry whose name or alias is already an entity's is merged into that
                entity (its other names become aliases), not imported twice. A line that
                cannot be imported is reported with its file and line, and the others
                still are. Files of any size are read as streams. Only one Dossier changes
                a store at a time: another writer is waited for, at most 120 s.

                With --for-review, an entry that is no entity's becomes no entity: it is kept
                in the store's review list (listed-entries.json), and 'dossier suggest
                entities' and the window's Suggestions propose it, with its name, kind and
                aliases, once the articles mention it; accepting it makes the entity with
                its aliases, summary and facts. Importing a list again merges by name.

                Options:
                  --for-review keep the entries for review instead of making entities now
                  --data DIR   the store folder (default: data, in the current folder)
                  --json       print the summary as JSON: {"created", "merged", "repeats",
                               "mentions", "articles", "skipped", "left_out", "failures"},
                               with --for-review also "review": {"entries", "new",
                               "mentioned"}
                  --help, -h   show this usage

                Exit status: 0 imported, 1 a file or line could not be imported, or the
                store cannot be written, 2 the command line is wrong.
                """;
    }

    @Override
    public Set<String> flags() {
        return Set.of(JSON, FOR_REVIEW);
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws UsageException {
        if (args.operands().isEmpty()) {
            throw new UsageException("say which entity lists to import, as in: dossier import-entities sanctions.json");
        }
        Path dir = args.dataDir().toAbsolutePath().normalize();
        return ImportCommand.underLock(dir, err, () -> importLocked(dir, args, out, err));
    }

    private static int importLocked(Path dir, Arguments args, PrintStream out, PrintStream err) throws StoreException {
        LoadResult loaded = StoreReader.load(dir);
        String refusal = ImportCommand.whyNotWritable(loaded);
        if (refusal != null) {
            TerminalText.println(err, CommandLine.PROGRAM + ": " + refusal);
            return ExitCode.STORE_PROBLEMS;
        }
        ThrottledProgress lines = new ThrottledProgress(err);
        ExportProgress progress = (done, total, what) -> lines.update((int) Math.min(done, Integer.MAX_VALUE),
                (int) Math.min(total, Integer.MAX_VALUE), total > 0 ? what + " (" + done * 100 / total + "%)" : what);
        List<Path> files = args.operands().stream().map(Path::of).toList();
        EntityListImport.Result result;
        try {
            result = EntityListImport.run(loaded.knowledgeBase(), files, args.has(FOR_REVIEW), progress);
        } catch (IOException e) {
            TerminalText.println(err, CommandLine.PROGRAM + ": nothing was imported: " + e.getMessage());
            return ExitCode.STORE_PROBLEMS;
        } catch (ExportProgress.Cancelled e) {
            throw new IllegalStateException("the command line never cancels", e);
        }
        if (!result.isEmpty()) {
            StoreWriter.saveChanges(result.edit().apply(loaded.knowledgeBase()), loaded);
        }
        if (args.has(JSON)) {
            JsonOutput.print(out, EntityListSummary.json(result));
        } else {
            EntityListSummary.printText(result, out);
        }
        return result.problems().isEmpty() ? ExitCode.OK : ExitCode.PARTLY_FAILED;
    }
}
