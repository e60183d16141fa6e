package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.dossier.generate.StoreGenerator;
import org.dossier.store.StoreException;

/** {@code dossier generate}: writes a valid synthetic store of any size, for trying Dossier at scale. */
final class GenerateCommand implements Command {

    static final String OUT = "--out";
    static final String ARTICLES = "--articles";
    static final String ENTITIES = "--entities";
    static final String SEED = "--seed";

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "write a synthetic store of any size, for benchmarks";
    }

    @Override
    public String usage() {
        return """
                Usage: dossier generate --out DIR --articles N --entities M [--seed S]

                Writes a valid store of made-up articles (300 to 3,000 words each, 5 to 40 linked
                mentions), entities of every kind with aliases, and relations with evidence, dated
                over twenty years. The same arguments always give the same bytes. DIR must be new
                or empty: nothing is overwritten. Nothing is written either when the disk has less
                room than the store is expected to take (about 18 KB an article).

                Options:
                  --out DIR        the folder to write (required)
                  --articles N     how many articles (default 1000, at most 1,000,000)
                  --entities M     how many entities, at least 2 (default 2000, at most 200,000)
                  --seed S         the random seed (default 1)
                  --help, -h       show this usage

                Exit status: 0 written, 1 it could not be written, 2 the command line is wrong.
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of(OUT, ARTICLES, ENTITIES, SEED);
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws UsageException {
        args.requireAtMost(0);
        String target = args.value(OUT);
        if (target == null) {
            throw new UsageException("say where to write the store, as in: dossier generate --out /tmp/store");
        }
        int articles = (int) args.wholeNumber(ARTICLES, 1000, 0, StoreGenerator.MAX_ARTICLES);
        int entities = (int) args.wholeNumber(ENTITIES, 2000, 2, StoreGenerator.MAX_ENTITIES);
        long seed = args.wholeNumber(SEED, 1, Long.MIN_VALUE, Long.MAX_VALUE);
        long started = System.nanoTime();
        ThrottledProgress progress = new ThrottledProgress(err);
        try {
            new StoreGenerator(articles, entities, seed).writeTo(Path.of(target),
                    (done, total) -> progress.update(done, total, "Writing article " + done + "/" + total),
                    waiting -> err.println(CommandLine.PROGRAM + ": " + waiting));
        } catch (StoreException e) {
            TerminalText.println(err, CommandLine.PROGRAM + ": " + e.getMessage());
            return ExitCode.STORE_PROBLEMS;
        }
        TerminalText.println(out, "Wrote " + articles + " articles and " + entities + " entities to " + target + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return ExitCode.OK;
    }
}
