package org.dossier.cli;

import org.dossier.bench.LayoutMeasure;

/** The general usage text, listing every command of {@link Commands} with its summary. */
final class Usage {

    private Usage() {
    }

    static String general() {
        StringBuilder commands = new StringBuilder();
        for (Command c : Commands.all(LayoutMeasure.NONE)) { // only names and summaries are read
            commands.append(String.format("  %-8s %s\n", c.name(), c.summary()));
        }
        commands.append(String.format("  %-8s %s\n", "help", "show this help, or a command's: dossier help COMMAND"));
        return String.format("""
                Usage: dossier [--data DIR] [--theme light|dark|system]
                       dossier COMMAND [--data DIR] [OPTIONS]

                Dossier shows a knowledge base of news: the articles, the people, countries,
                organisations, agreements and events they name, and the relations between them.

                With no command, opens the window on the store in DIR:
                  java -jar target/dossier.jar [--data DIR] [--theme light|dark|system]
                (--theme: for this run only; View > Theme in the window picks one to keep.)
                ('dossier' below stands for 'java -jar target/dossier.jar'.)

                Commands:
                %s
                Options every command accepts:
                  --data DIR   the store folder (default: data, in the current folder)
                  --help, -h   show the command's usage

                Exit status: 0 done, 1 the store has problems, 2 the command line is wrong.
                """, commands);
    }
}
