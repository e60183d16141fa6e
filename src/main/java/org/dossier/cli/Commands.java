package org.dossier.cli;

import java.util.List;
import java.util.Optional;
import org.dossier.bench.LayoutMeasure;

/** Every subcommand, in the order the usage lists them. Add a new one here. */
final class Commands {

    private Commands() {
    }

    /** @param layout what {@code bench} times the window's layout with (the program around the command line has it) */
    static List<Command> all(LayoutMeasure layout) {
        return List.of(new CheckCommand(), new ListCommand(), new SearchCommand(), new ImportCommand(),
                new ImportEntitiesCommand(), new ExportCommand(), new PathCommand(), new NeighborsCommand(), new TimelineCommand(), new SuggestCommand(),
                new GenerateCommand(), new BenchCommand(layout));
    }

    static Optional<Command> named(String name, LayoutMeasure layout) {
        return all(layout).stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
