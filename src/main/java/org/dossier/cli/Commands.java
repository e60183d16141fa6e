package org.dossier.cli;

import java.util.List;
import java.util.Optional;

/** Every subcommand, in the order the usage lists them. Add a new one here. */
final class Commands {

    private static final List<Command> ALL = List.of(new CheckCommand(), new ListCommand(), new SearchCommand(),
            new ImportCommand(), new ImportEntitiesCommand(), new ExportCommand(), new PathCommand(), new NeighborsCommand(), new TimelineCommand(),
            new SuggestCommand(), new GenerateCommand(), new BenchCommand());

    private Commands() {
    }

    static List<Command> all() {
        return ALL;
    }

    static Optional<Command> named(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
