package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.bench.LayoutMeasure;

/**
 * The {@code dossier} command line: with no command it opens the window, otherwise it runs one of
 * {@link Commands}. Knows nothing of JavaFX: the caller passes the way to open the window.
 */
public final class CommandLine {

    static final String PROGRAM = "dossier";
    private static final String HELP = "help";

    private CommandLine() {
    }

    /**
     * Runs the command line without a window to lay out: {@code bench} reports its layout figures unavailable.
     *
     * @param openWindow opens the window on a store folder, or on the one it chooses when given null (no --data);
     *                   called only when no command is given
     * @return the exit status: 0 done, 1 the store has problems, 2 the command line is wrong
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Consumer<WindowOptions> openWindow) {
        return run(args, out, err, openWindow, LayoutMeasure.NONE);
    }

    /**
     * Runs the command line, with the window's layout measure for {@code bench}.
     *
     * @param openWindow opens the window on a store folder; called only when no command is given
     * @param layout     times laying out the window's panes ({@code bench}); it needs JavaFX, which this package
     *                   does not know
     * @return the exit status: 0 done, 1 the store has problems, 2 the command line is wrong
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Consumer<WindowOptions> openWindow,
                          LayoutMeasure layout) {
        try {
            return dispatch(List.of(args), out, err, openWindow, layout);
        } catch (UsageException e) {
            TerminalText.println(err, PROGRAM + ": " + e.getMessage());
            err.println();
            err.print(e.command() == null ? Usage.general() : e.command().usage());
            return ExitCode.USAGE;
        }
    }

    private static int dispatch(List<String> args, PrintStream out, PrintStream err, Consumer<WindowOptions> openWindow,
                                LayoutMeasure layout) throws UsageException {
        int at = skipDataOptions(args);
        if (at == args.size() || args.get(at).startsWith("-")) {
            return openWindow(args, out, openWindow);
        }
        String name = args.get(at);
        List<String> rest = new ArrayList<>(args);
        rest.remove(at);
        if (name.equals(HELP)) {
            return help(rest, out, layout);
        }
        Command command = Commands.named(name, layout).orElseThrow(() -> new UsageException("unknown command '" + name + "'"));
        Arguments parsed;
        try {
            parsed = Arguments.parse(rest, command.flags(), command.valueOptions());
        } catch (UsageException e) {
            throw e.in(command);
        }
        if (parsed.helpRequested()) {
            out.print(command.usage());
            return ExitCode.OK;
        }
        try {
            return command.run(parsed, out, err);
        } catch (UsageException e) {
            throw e.in(command);
        }
    }

    /**
     * Where the command name is: after any leading {@code --data DIR}, which is allowed before the command
     * too, because that is where it goes when opening the window.
     */
    private static int skipDataOptions(List<String> args) {
        int at = 0;
        while (at < args.size()) {
            if (args.get(at).equals(Arguments.DATA) && at + 1 < args.size()) {
                at += 2;
            } else if (args.get(at).startsWith(Arguments.DATA + "=")) {
                at++;
            } else {
                break;
            }
        }
        return at;
    }

    /** No command: only --data, --theme and --help (or -h) make sense here. */
    private static int openWindow(List<String> args, PrintStream out, Consumer<WindowOptions> openWindow)
            throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of(), Set.of(WindowOptions.THEME));
        if (parsed.helpRequested()) {
            out.print(Usage.general());
            return ExitCode.OK;
        }
        if (!parsed.operands().isEmpty()) {
            throw new UsageException("unknown command '" + parsed.operands().get(0) + "'");
        }
        String theme = parsed.value(WindowOptions.THEME);
        if (theme != null && !WindowOptions.THEMES.contains(theme)) {
            throw new UsageException(WindowOptions.THEME + " must be light, dark or system, not '" + theme + "'");
        }
        openWindow.accept(new WindowOptions(parsed.givenDataDir(), theme));
        return ExitCode.OK;
    }

    /** {@code dossier help [COMMAND]}: the general usage, or one command's. */
    private static int help(List<String> rest, PrintStream out, LayoutMeasure layout) throws UsageException {
        if (rest.isEmpty()) {
            out.print(Usage.general());
            return ExitCode.OK;
        }
        if (rest.size() > 1) {
            throw new UsageException("unexpected argument '" + rest.get(1) + "'");
        }
        Command command = Commands.named(rest.get(0), layout)
                .orElseThrow(() -> new UsageException("unknown command '" + rest.get(0) + "'"));
        out.print(command.usage());
        return ExitCode.OK;
    }
}
