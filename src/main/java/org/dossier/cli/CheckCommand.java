package org.dossier.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.Set;
import org.dossier.model.Plural;
import org.dossier.store.LoadResult;
import org.dossier.store.Problem;
import org.dossier.store.StoreReader;

/** {@code dossier check}: loads a store the way the window does and lists every problem found. */
final class CheckCommand implements Command {

    static final String JSON = "--json";

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "validate a store and list its problems";
    }

    @Override
    public String usage() {
        return """
                Usage: dossier check [--data DIR] [--json]

                Validates the store in DIR (default: data): every file is read as the window
                reads it, and each problem is listed as file:line:column: path: message.

                Options:
                  --data DIR   the store folder (default: data, in the current folder)
                  --json       print {"articles", "entities", "relations", "mentions", "problems"}
                               as JSON instead of text
                  --help, -h   show this usage

                Exit status: 0 the store is valid, 1 it has problems, 2 the command line is wrong.
                """;
    }

    @Override
    public Set<String> flags() {
        return Set.of(JSON);
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws UsageException {
        args.requireAtMost(0);
        LoadResult loaded = StoreReader.load(args.dataDir());
        Counts counts = Counts.of(loaded.knowledgeBase());
        if (args.has(JSON)) {
            JsonOutput.print(out, json(counts, loaded));
        } else {
            printText(counts, loaded, out);
        }
        return loaded.hasProblems() ? ExitCode.STORE_PROBLEMS : ExitCode.OK;
    }

    private static void printText(Counts counts, LoadResult loaded, PrintStream out) {
        int n = loaded.problems().size();
        out.println(counts.sentence() + "; " + (n == 0 ? "no problems" : Plural.count(n, "problem", "problems") + ":"));
        for (Problem p : loaded.problems()) {
            TerminalText.println(out, p.toString());
        }
    }

    private static JsonObject json(Counts counts, LoadResult loaded) {
        JsonObject o = new JsonObject();
        o.addProperty("articles", counts.articles());
        o.addProperty("entities", counts.entities());
        o.addProperty("relations", counts.relations());
        o.addProperty("mentions", counts.mentions());
        JsonArray problems = new JsonArray();
        for (Problem p : loaded.problems()) {
            JsonObject po = new JsonObject();
            po.addProperty("file", p.file());
            po.addProperty("line", p.line());
            po.addProperty("column", p.column());
            po.addProperty("path", p.path());
            po.addProperty("message", p.message());
            problems.add(po);
        }
        o.add("problems", problems);
        return o;
    }
}
