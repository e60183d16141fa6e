package org.dossier.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.dossier.graph.Timeline;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.LoadResult;

/** {@code dossier timeline [ENTITY]}: everything dated, in time order, at the precision the sources give. */
final class TimelineCommand implements Command {

    static final String JSON = "--json";

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public String summary() {
        return "list everything dated in time order, for the store or one entity";
    }

    @Override
    public String usage() {
        return """
                Usage: dossier timeline [ENTITY] [--data DIR] [--json]

                Lists dated events, agreements, relations and articles in time order, each at the
                precision its source gives ("2022", "February 2024"); days whose year is not given
                come last. With ENTITY (an id, name or alias): only it, its relations, the entities
                it is related to and the articles that mention it.

                Exit status: 0 listed, 1 the store folder is missing, 2 the command line is wrong.
                """;
    }

    @Override
    public Set<String> flags() {
        return Set.of(JSON);
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws UsageException {
        args.requireAtMost(1);
        LoadResult loaded = ReadableStore.load(args.dataDir(), err);
        if (loaded == null) {
            return ExitCode.STORE_PROBLEMS;
        }
        KnowledgeBase kb = loaded.knowledgeBase();
        String entity = args.operands().isEmpty() ? null : GraphCommands.entity(kb, args.operands().get(0)).id();
        List<Timeline.Item> items = Timeline.of(kb, entity);
        if (args.has(JSON)) {
            JsonArray array = new JsonArray();
            for (Timeline.Item i : items) {
                JsonObject o = new JsonObject();
                o.addProperty("date", i.date().iso());
                o.addProperty("type", i.type().name().toLowerCase(java.util.Locale.ROOT));
                o.addProperty("id", i.id());
                o.addProperty("label", i.label());
                o.addProperty("what", i.what());
                array.add(o);
            }
            JsonOutput.print(out, array);
        } else {
            TextTable table = new TextTable(TextTable.Column.left("DATE"), TextTable.Column.left("WHAT"),
                    TextTable.Column.left("ITEM"));
            items.forEach(i -> table.row(i.date().display(), i.what(), i.label()));
            table.print(out);
        }
        ReadableStore.warnAboutProblems(loaded.problems(), err);
        return ExitCode.OK;
    }
}
