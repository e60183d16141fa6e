package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.importer.FormatReaders;
import org.dossier.importer.ImportReport;
import org.dossier.importer.Importer;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreException;
import org.dossier.store.StoreLayout;
import org.dossier.store.StoreLock;
import org.dossier.store.StoreReader;
import org.dossier.store.StoreTidy;
import org.dossier.store.StoreWriter;

/**
 * {@code dossier import FILE...}: reads articles from files into the store, links their mentions of the store's
 * entities, and writes only the new articles' files. Progress goes to standard error, the summary to standard
 * output.
 */
final class ImportCommand implements Command {

    static final String JSON = "--json";

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import articles from " + FormatReaders.SUPPORTED + " files";
    }

    @Override
    public String usage() {
        return """
                Usage: dossier import FILE... [--data DIR] [--json]

                Imports the articles in each FILE into the store in DIR (default: data) and
                links their mentions of the store's entities:
                  .txt    one article; the first line is the title, or the file name is
                  .md     one article; the first heading is the title
                  .html   one article; its readable text, the title from <title> or <h1>
                  .json   an article, or an array of them, in the store's article format
                  .csv    one article per row; columns named title or headline, body or
                          text, and optionally date, link or url, and source
                Articles the store already has (the same link, or the same title and text)
                are skipped. A file that cannot be read is reported, and the others still
                import; an unreadable date is reported and the article imported without
                it. An empty folder becomes a new store. Only one Dossier changes a store at
                a time: another import (or a window saving) is waited for, at most 120 s
                (java -Ddossier.lockWaitSeconds=N to change that).

                Options:
                  --data DIR   the store folder (default: data, in the current folder)
                  --json       print the summary as JSON: {"imported", "duplicates", "failed",
                               "mentions", "articles", "skipped", "failures", "warnings"}
                  --help, -h   show this usage

                Exit status: 0 imported (or all were duplicates), 1 a file or row could not
                be imported, the store cannot be written, or another Dossier was changing it
                for longer than the wait, 2 the command line is wrong.
                """;
    }

    @Override
    public Set<String> flags() {
        return Set.of(JSON);
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws UsageException {
        if (args.operands().isEmpty()) {
            throw new UsageException("say which files to import, as in: dossier import news.csv");
        }
        Path dir = args.dataDir().toAbsolutePath().normalize();
        return underLock(dir, err, () -> importLocked(dir, args, out, err));
    }

    /** Work on a store from loading it to saving it. */
    interface LockedWork {
        int run() throws StoreException;
    }

    /**
     * Does {@code work} holding the store's lock, from loading to saving: another writer waits and then loads what
     * this one wrote, so that neither judges duplicates, names and ids against a store the other is changing.
     */
    static int underLock(Path dir, PrintStream err, LockedWork work) {
        if (!Files.isDirectory(dir)) {
            err.println(CommandLine.PROGRAM + ": " + missingFolder(dir));
            return ExitCode.STORE_PROBLEMS;
        }
        try (StoreLock lock = StoreLock.acquire(dir, StoreLock.defaultWait(),
                waiting -> err.println(CommandLine.PROGRAM + ": " + waiting))) {
            return work.run();
        } catch (StoreException e) {
            TerminalText.println(err, CommandLine.PROGRAM + ": nothing was imported: " + e.getMessage());
            return ExitCode.STORE_PROBLEMS;
        }
    }

    private static int importLocked(Path dir, Arguments args, PrintStream out, PrintStream err) {
        boolean storeFileMissing = !StoreLayout.isEmptyFolder(dir)
                && !Files.exists(dir.resolve(StoreLayout.STORE_FILE), LinkOption.NOFOLLOW_LINKS);
        java.time.Instant opened = java.time.Instant.now();
        LoadResult loaded = StoreReader.load(dir);
        String refusal = whyNotWritable(loaded);
        if (refusal != null) {
            TerminalText.println(err, CommandLine.PROGRAM + ": " + refusal);
            return ExitCode.STORE_PROBLEMS;
        }
        StoreTidy.underLock(dir, opened); // what a crashed writer left, and old backups
        List<Path> files = args.operands().stream().map(Path::of).toList();
        ImportReport report = new Importer(loaded.knowledgeBase(), dir)
                .importFiles(files, new ThrottledProgress(err), () -> false);
        try {
            StoreWriter.saveChanges(report.knowledgeBase(), loaded);
        } catch (StoreException e) {
            TerminalText.println(err, CommandLine.PROGRAM + ": nothing was imported: " + e.getMessage());
            return ExitCode.STORE_PROBLEMS;
        }
        if (storeFileMissing) {
            err.println(CommandLine.PROGRAM + ": " + StoreLayout.STORE_FILE + " was missing; a new one was written "
                    + "(formatVersion " + StoreLayout.FORMAT_VERSION + ")");
        }
        if (args.has(JSON)) {
            JsonOutput.print(out, ImportSummary.json(report));
        } else {
            ImportSummary.printText(report, loaded.dir(), out);
        }
        return report.hasFailures() ? ExitCode.PARTLY_FAILED : ExitCode.OK;
    }

    private static String missingFolder(Path dir) {
        return "the store folder '" + dir + "' does not exist; create it (an empty folder is a new, "
                + "empty store) or give another with --data";
    }

    /**
     * Why nothing may be imported into this store, or null. A store with damaged files is refused as a whole, not
     * only where a file would be overwritten: duplicates and links would be judged against a store that is
     * missing what could not be read.
     */
    static String whyNotWritable(LoadResult loaded) {
        if (!Files.isDirectory(loaded.dir())) {
            return missingFolder(loaded.dir());
        }
        if (loaded.readOnly()) {
            return "the store '" + loaded.dir() + "' is read-only: its store.json could not be read or has another "
                    + "format version, so nothing is written to it. Run 'dossier check' to see why.";
        }
        if (!loaded.damagedFiles().isEmpty()) {
            return "the store '" + loaded.dir() + "' has files with problems ("
                    + String.join(", ", loaded.damagedFiles().stream().sorted().toList())
                    + "); fix them first, since an import would be judged against what could be read. "
                    + "Run 'dossier check' to see the problems.";
        }
        return null;
    }
}
