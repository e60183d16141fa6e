package org.dossier.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.dossier.graph.PathFinder;
import org.dossier.graph.Step;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Plural;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreJson;

/** {@code dossier path A B}: how two entities are connected, each step with the sentence that states it. */
final class PathCommand implements Command {

    static final String JSON = "--json";
    private static final int MAX_PATHS = 10;

    @Override
    public String name() {
        return "path";
    }

    @Override
    public String summary() {
        return "show the shortest connections between two entities, with evidence";
    }

    @Override
    public String usage() {
        return """
                Usage: dossier path A B [--data DIR] [--json]

                Prints every shortest path (up to %d) from entity A to entity B through relations,
                each step with the sentence that states it. A and B are ids, names or aliases
                (dossier path "Herman Smetanin" Denmark).

                Exit status: 0 connected, 1 not connected (or the store folder is missing),
                2 the command line is wrong or names no entity.
                """.formatted(MAX_PATHS);
    }

    @Override
    public Set<String> flags() {
        return Set.of(JSON);
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws UsageException {
        if (args.operands().size() != 2) {
            throw new UsageException("say which two entities, as in: dossier path smetanin denmark");
        }
        LoadResult loaded = ReadableStore.load(args.dataDir(), err);
        if (loaded == null) {
            return ExitCode.STORE_PROBLEMS;
        }
        KnowledgeBase kb = loaded.knowledgeBase();
        Entity from = GraphCommands.entity(kb, args.operands().get(0));
        Entity to = GraphCommands.entity(kb, args.operands().get(1));
        List<List<Step>> paths = PathFinder.shortestPaths(kb, from.id(), to.id(), MAX_PATHS);
        if (args.has(JSON)) {
            JsonArray array = new JsonArray();
            for (List<Step> path : paths) {
                JsonArray steps = new JsonArray();
                for (Step s : path) {
                    JsonObject o = new JsonObject();
                    o.addProperty("from", s.from());
                    o.addProperty("to", s.to());
                    o.addProperty("forward", s.forward());
                    o.add("relation", StoreJson.relation(s.relation()));
                    steps.add(o);
                }
                array.add(steps);
            }
            JsonObject result = new JsonObject();
            result.addProperty("from", from.id());
            result.addProperty("to", to.id());
            result.add("paths", array);
            JsonOutput.print(out, result);
        } else if (paths.isEmpty()) {
            TerminalText.println(out, from.name() + " and " + to.name() + " are not connected by any relation.");
        } else {
            for (int i = 0; i < paths.size(); i++) {
                out.println("Path " + (i + 1) + " (" + Plural.count(paths.get(i).size(), "step", "steps") + "):");
                for (Step s : paths.get(i)) {
                    String subject = GraphCommands.name(kb, s.relation().subject());
                    String object = GraphCommands.name(kb, s.relation().object());
                    TerminalText.println(out, "  " + subject + " — " + s.relation().type().replace('_', ' ')
                            + " — " + object);
                    TerminalText.println(out, "      “" + s.relation().evidence().get(0).quote() + "”");
                }
            }
        }
        ReadableStore.warnAboutProblems(loaded.problems(), err);
        return paths.isEmpty() ? ExitCode.STORE_PROBLEMS : ExitCode.OK;
    }
}
