package org.dossier.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import org.dossier.graph.Neighbourhood;
import org.dossier.model.Entity;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;
import org.dossier.store.LoadResult;
import org.dossier.store.StoreJson;

/** {@code dossier neighbors ENTITY}: the entities within a few relations of one, and the relations between them. */
final class NeighborsCommand implements Command {

    static final String JSON = "--json";
    static final String DEPTH = "--depth";
    /** As in the window's graph: beyond three relations a neighbourhood is most of a store. */
    static final int MAX_DEPTH = 3;

    @Override
    public String name() {
        return "neighbors";
    }

    @Override
    public String summary() {
        return "list the entities related to one, up to a depth";
    }

    @Override
    public String usage() {
        return """
                Usage: dossier neighbors ENTITY [--depth N] [--data DIR] [--json]

                Lists the entities within N relations of ENTITY (an id, name or alias), nearest
                first, and the relations between them.

                Options:
                  --depth N    how many relations away, 1 to 3 (default 1)
                  --json       print {"centre", "entities":[{"id","name","kind","depth"}], "relations":[...]}

                Exit status: 0 listed, 1 the store folder is missing, 2 the command line is wrong.
                """;
    }

    @Override
    public Set<String> flags() {
        return Set.of(JSON);
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of(DEPTH);
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws UsageException {
        if (args.operands().size() != 1) {
            throw new UsageException("say which entity, as in: dossier neighbors denmark");
        }
        int depth = (int) args.wholeNumber(DEPTH, 1, 1, MAX_DEPTH);
        LoadResult loaded = ReadableStore.load(args.dataDir(), err);
        if (loaded == null) {
            return ExitCode.STORE_PROBLEMS;
        }
        KnowledgeBase kb = loaded.knowledgeBase();
        Entity centre = GraphCommands.entity(kb, args.operands().get(0));
        Neighbourhood n = Neighbourhood.of(kb, centre.id(), depth, e -> true, Set.of());
        if (args.has(JSON)) {
            JsonArray entities = new JsonArray();
            for (Map.Entry<String, Integer> e : n.depths().entrySet()) {
                JsonObject o = new JsonObject();
                o.addProperty("id", e.getKey());
                o.addProperty("name", GraphCommands.name(kb, e.getKey()));
                o.addProperty("kind", kb.entity(e.getKey()).kind());
                o.addProperty("depth", e.getValue());
                entities.add(o);
            }
            JsonArray relations = new JsonArray();
            n.edges().forEach(r -> relations.add(StoreJson.relation(r)));
            JsonObject result = new JsonObject();
            result.addProperty("centre", centre.id());
            result.add("entities", entities);
            result.add("relations", relations);
            JsonOutput.print(out, result);
        } else {
            TextTable table = new TextTable(TextTable.Column.left("DEPTH"), TextTable.Column.left("ID"),
                    TextTable.Column.left("KIND"), TextTable.Column.left("NAME"));
            n.depths().forEach((id, d) -> table.row(Integer.toString(d), id, kb.entity(id).kind(),
                    GraphCommands.name(kb, id)));
            table.print(out);
            out.println();
            for (Relation r : n.edges()) {
                TerminalText.println(out, GraphCommands.name(kb, r.subject()) + " — " + r.type().replace('_', ' ')
                        + " — " + GraphCommands.name(kb, r.object()));
            }
        }
        ReadableStore.warnAboutProblems(loaded.problems(), err);
        return ExitCode.OK;
    }
}
