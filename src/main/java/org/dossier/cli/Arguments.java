package org.dossier.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one command after its name: {@code --data DIR} (or {@code --data=DIR}) anywhere,
 * {@code --help}/{@code -h}, the flags and the options with a value ({@code --limit 5}, {@code --limit=5}) the
 * command accepts, and operands. Options and operands mix freely, so that {@code dossier list --json entities}
 * and {@code dossier list entities --json} mean the same. After {@code --}, everything is an operand, so that
 * an operand may start with '-' ({@code dossier search -- -russia ukraine}).
 */
final class Arguments {

    static final String DATA = "--data";
    /** Where the store is when {@code --data} is not given: beside where the program is started. */
    static final Path DEFAULT_DATA = Path.of("data");
    /** Everything after it is an operand, even if it starts with '-'. */
    static final String END_OF_OPTIONS = "--";

    private final Path dataDir; // null: not given
    private final Set<String> flags;
    private final Map<String, String> values;
    private final List<String> operands;
    private final boolean helpRequested;

    private Arguments(Path dataDir, Set<String> flags, Map<String, String> values, List<String> operands,
                      boolean helpRequested) {
        this.dataDir = dataDir;
        this.flags = Set.copyOf(flags);
        this.values = Map.copyOf(values);
        this.operands = List.copyOf(operands);
        this.helpRequested = helpRequested;
    }

    /**
     * @param accepted the flags allowed besides --data and --help
     * @throws UsageException for an unknown option, a --data without its folder, or --data given twice
     */
    static Arguments parse(List<String> args, Set<String> accepted) throws UsageException {
        return parse(args, accepted, Set.of());
    }

    /**
     * @param accepted     the flags allowed besides --data and --help
     * @param valueOptions the options that take a value, as in {@code --limit 5}
     * @throws UsageException also for an option without its value, or one given twice
     */
    static Arguments parse(List<String> args, Set<String> accepted, Set<String> valueOptions) throws UsageException {
        Path data = null;
        Set<String> flags = new HashSet<>();
        Map<String, String> values = new HashMap<>();
        List<String> operands = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(END_OF_OPTIONS)) {
                operands.addAll(args.subList(i + 1, args.size()));
                break;
            }
            String option = valueOptions.stream()
                    .filter(o -> arg.equals(o) || arg.startsWith(o + "=")).findFirst().orElse(null);
            if (option != null) {
                String given = arg.equals(option) ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring(option.length() + 1);
                if (given.isEmpty()) {
                    throw new UsageException(option + " needs a value after it");
                }
                if (values.putIfAbsent(option, given) != null) {
                    throw new UsageException(option + " is given twice");
                }
                continue;
            }
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
        return new Arguments(data, flags, values, operands, help);
    }

    /** "-" alone is an operand by convention (standard input), so it is not an option. */
    private static boolean looksLikeOption(String arg) {
        return arg.startsWith("-") && arg.length() > 1;
    }

    Path dataDir() {
        return dataDir == null ? DEFAULT_DATA : dataDir;
    }

    /** The store folder given with --data, or null when none was. */
    Path givenDataDir() {
        return dataDir;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    /**
     * The option's value as a whole number from {@code min} to {@code max}, or {@code fallback} when the option
     * is not given. The number is read exactly: one that does not fit is refused as typed, never wrapped around
     * or clamped.
     *
     * @throws UsageException when the value is not such a number, naming the range
     */
    long wholeNumber(String option, long fallback, long min, long max) throws UsageException {
        String value = value(option);
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // not a number, or one beyond a long: said below, as typed
        }
        throw new UsageException(option + " needs a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    /** The value of an option such as {@code --limit}, or null when it was not given. */
    String value(String option) {
        return values.get(option);
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
