package org.dossier.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The arguments of one command after its name: {@code --data DIR} (or {@code --data=DIR}) anywhere,
 * {@code --help}/{@code -h}, the flags the command accepts, and operands. Options and operands mix freely,
 * so that {@code dossier list --json entities} and {@code dossier list entities --json} mean the same.
 */
final class Arguments {

    static final String DATA = "--data";
    /** Where the store is when {@code --data} is not given: beside where the program is started. */
    static final Path DEFAULT_DATA = Path.of("data");

    private final Path dataDir;
    private final Set<String> flags;
    private final List<String> operands;
    private final boolean helpRequested;

    private Arguments(Path dataDir, Set<String> flags, List<String> operands, boolean helpRequested) {
        this.dataDir = dataDir;
        this.flags = Set.copyOf(flags);
        this.operands = List.copyOf(operands);
        this.helpRequested = helpRequested;
    }

    /**
     * @param accepted the flags allowed besides --data and --help
     * @throws UsageException for an unknown option, a --data without its folder, or --data given twice
     */
    static Arguments parse(List<String> args, Set<String> accepted) throws UsageException {
        Path data = null;
        Set<String> flags = new HashSet<>();
        List<String> operands = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            if (arg.equals(DATA)) {
                value = i + 1 < args.size() && !looksLikeOption(args.get(i + 1)) ? args.get(++i) : "";
            } else if (arg.startsWith(DATA + "=")) {
                value = arg.substring(DATA.length() + 1);
            }
            if (value != null) {
                if (value.isEmpty()) {
                    throw new UsageException("--data needs the store folder after it, as in --data DIR");
                }
                if (data != null) {
                    throw new UsageException("--data is given twice ('" + data + "' and '" + value + "')");
                }
                data = Path.of(value);
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (accepted.contains(arg)) {
                flags.add(arg);
            } else if (looksLikeOption(arg)) {
                throw new UsageException("unknown option '" + arg + "'");
            } else {
                operands.add(arg);
            }
        }
        return new Arguments(data == null ? DEFAULT_DATA : data, flags, operands, help);
    }

    /** "-" alone is an operand by convention (standard input), so it is not an option. */
    private static boolean looksLikeOption(String arg) {
        return arg.startsWith("-") && arg.length() > 1;
    }

    Path dataDir() {
        return dataDir;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    List<String> operands() {
        return operands;
    }

    boolean helpRequested() {
        return helpRequested;
    }

    /** @throws UsageException naming the first operand beyond {@code max} */
    void requireAtMost(int max) throws UsageException {
        if (operands.size() > max) {
            throw new UsageException("unexpected argument '" + operands.get(max) + "'");
        }
    }
}
