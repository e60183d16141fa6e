import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Which modules the runtime needs. */
final class Modules {

    /**
     * Found by reflection, so {@code jdeps} cannot see them: Lucene's memory mapping needs {@code jdk.unsupported}
     * and its JVM checks {@code jdk.management}; an imported page may declare any charset ({@code jdk.charsets}); the
     * log goes through {@code java.logging}.
     */
    private static final List<String> REFLECTIVE = List.of("jdk.unsupported", "jdk.management", "jdk.charsets",
            "java.logging");

    private Modules() {
    }

    /** What {@code jdeps} finds the jars use, what JavaFX's modules require, and {@link #REFLECTIVE}; no JavaFX. */
    static List<String> needed(Path input, String mainJar, Path javafx) throws IOException {
        String classPath;
        try (Stream<Path> jars = Files.list(input)) {
            // Listed one by one: a "dir/*" is expanded by the java launcher, not by jdeps run as a tool.
            classPath = jars.map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        }
        String found = Tools.run("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release",
                String.valueOf(Runtime.version().feature()), "--module-path", javafx.toString(),
                "--class-path", classPath, input.resolve(mainJar).toString());
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(found.strip().split(",")));
        try (Stream<Path> jars = Files.list(javafx)) {
            for (Path jar : jars.toList()) {
                for (String line : Tools.run("jar", "--describe-module", "--file", jar.toString()).split("\\R")) {
                    // "requires java.desktop transitive"; "static" ones are optional at run time
                    String[] words = line.strip().split("\\s+");
                    if (words.length >= 2 && words[0].equals("requires") && !line.contains(" static")) {
                        modules.add(words[1]);
                    }
                }
            }
        }
        modules.addAll(REFLECTIVE);
        modules.removeIf(m -> m.startsWith("javafx."));
        return List.copyOf(modules);
    }
}
