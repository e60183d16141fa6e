package org.dossier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dossier.exchange.export.ExportFormat;
import org.dossier.exchange.ExportProgress;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreReader;

/**
 * {@code dossier export ftm|csv|markdown --out PATH}: the store for the tools investigators use. Reads the store only
 * (no lock: every store file is replaced whole, so a reader sees each one before or after a change). How long loading
 * and exporting took goes to standard error, with the progress; what was written to standard output.
 */
final class ExportCommand implements Command {

    static final String OUT = "--out";
    private static final List<String> FORMATS = Arrays.stream(ExportFormat.values()).map(ExportFormat::word).toList();

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "export the store as FollowTheMoney, CSV or an Obsidian vault";
    }

    @Override
    public String usage() {
        return """
                Usage: dossier export ftm --out FILE [--data DIR]
                       dossier export csv --out DIR [--data DIR]
                       dossier export markdown --out DIR [--data DIR]

                Exports the store in DIR (default: data):
                  ftm       FollowTheMoney JSON lines, one entity per line, for Aleph,
                            OpenAleph and other FtM tools: entities, relations as edges
                            with their evidence sentences, articles and their mentions
                  csv       entities.csv, relations.csv (a row per evidence sentence),
                            mentions.csv and articles.csv, UTF-8 with a header row;
                            cells that would run as formulas start with an apostrophe
                  markdown  an Obsidian vault: a note per entity and per article, every
                            mention a wikilink
                The same store always gives the same ids and files. A file is replaced whole
                when the export is complete; a folder must be new, empty, or one an earlier
                export wrote (it is replaced whole too). Nothing is written inside the store.
                See docs/interop.md for what goes where.

                Options:
                  --out PATH   the file (ftm) or folder (csv, markdown) to write (required)
                  --data DIR   the store folder (default: data, in the current folder)
                  --help, -h   show this usage

                Exit status: 0 written, 1 the store is missing or the export could not be
                written, 2 the command line is wrong.
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of(OUT);
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws UsageException {
        if (args.operands().isEmpty()) {
            throw new UsageException("say what to export: " + Words.alternatives(FORMATS));
        }
        args.requireAtMost(1);
        ExportFormat format = ExportFormat.of(args.operands().get(0));
        if (format == null) {
            throw new UsageException("cannot export '" + args.operands().get(0) + "': choose "
                    + Words.alternatives(FORMATS));
        }
        if (args.value(OUT) == null) {
            throw new UsageException("say where to write, as in: dossier export " + format.word() + " --out "
                    + (format.isFile() ? "store.ftm.json" : "/tmp/" + format.word()));
        }
        Path target = Path.of(args.value(OUT)).toAbsolutePath().normalize();
        Path dir = args.dataDir().toAbsolutePath().normalize();
        ThrottledProgress lines = new ThrottledProgress(err);
        ExportProgress progress = (done, total, what) -> lines.update((int) done, (int) total,
                total > 0 ? what + " " + done + "/" + total : what);
        long started = System.nanoTime();
        long cpuStarted = cpuNanos();
        LoadResult loaded = ReadableStore.present(StoreReader.load(dir, progress::update), err);
        if (loaded == null) {
            return ExitCode.STORE_PROBLEMS;
        }
        String inside = ExportFormat.whyNot(target, loaded.dir());
        if (inside != null) {
            TerminalText.println(err, CommandLine.PROGRAM + ": " + inside);
            return ExitCode.STORE_PROBLEMS;
        }
        long loadedAt = System.nanoTime();
        long cpuLoaded = cpuNanos();
        ReadableStore.warnAboutProblems(loaded.problems(), err);
        String written;
        try {
            written = format.write(loaded.knowledgeBase(), target, progress);
        } catch (IOException e) {
            TerminalText.println(err, CommandLine.PROGRAM + ": nothing was exported to " + target + ": " + e.getMessage());
            return ExitCode.STORE_PROBLEMS;
        } catch (ExportProgress.Cancelled e) {
            throw new IllegalStateException("the command line never cancels", e);
        }
        long done = System.nanoTime();
        long cpuDone = cpuNanos();
        // Processor time beside the wall-clock time: on a shared machine the first moves with the others' load less.
        err.printf("Loaded the store in %.1f s (%.1f s of processor time); exported it in %.1f s (%.1f s)%n",
                (loadedAt - started) / 1e9, (cpuLoaded - cpuStarted) / 1e9, (done - loadedAt) / 1e9,
                (cpuDone - cpuLoaded) / 1e9);
        TerminalText.println(out, "Wrote " + written + " to " + target);
        return ExitCode.OK;
    }

    /** The processor time this process has used, all threads together; 0 where the JVM does not say. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }
}
