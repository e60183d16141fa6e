package org.dossier.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.platform.UserFolders;

/**
 * Starts the window of {@code java -jar dossier.jar} in a second JVM that starts it faster, since a jar cannot give
 * its JVM options: the C2 compiler starting later ({@value #OPTIONS}: its threads otherwise take the cores from
 * start-up), and a class-data-sharing archive of the classes the window loads, kept in the user's
 * cache ({@code cds/} in {@link UserFolders#cache()}). The first start makes the archive when its window closes
 * ({@code -XX:ArchiveClassesAtExit}); later ones map it instead of reading and verifying some 4,000 classes from
 * the jar. This JVM only waits for the other and exits with its status: it loads a few classes and no JavaFX.
 *
 * <p>Not relaunched: the packaged launcher (it has both already), the command line's commands, classes not run from
 * a jar ({@code mvn javafx:run}, tests), a JVM other than HotSpot, a system whose process arguments Java cannot read,
 * and {@code -Ddossier.relaunch=false}. An archive that no longer fits (the jar or the JVM changed) is ignored by the
 * JVM without a word; it is replaced by the next start's, and archives of other jars are deleted then.
 */
final class FastRelaunch {

    static final String RELAUNCHED = "dossier.relaunched";
    /** The start-up options, shared with the packaged launcher. */
    static final String OPTIONS = "start-up.options";
    static final String SWITCH = "dossier.relaunch";
    private static final System.Logger LOG = System.getLogger(FastRelaunch.class.getName());

    private final Path java;
    private final Path jar;
    private final List<String> arguments;
    private final Path archives;

    FastRelaunch(Path java, Path jar, List<String> arguments, Path archives) {
        this.java = java;
        this.jar = jar;
        this.arguments = List.copyOf(arguments);
        this.archives = archives;
    }

    /** The relaunch of this JVM, or empty when it should open the window itself (see the class comment). */
    static Optional<FastRelaunch> ofThisJvm() {
        if (System.getProperty(RELAUNCHED) != null || System.getProperty("jpackage.app-version") != null
                || "false".equals(System.getProperty(SWITCH))
                || !System.getProperty("java.vm.name", "").toLowerCase(Locale.ROOT).contains("hotspot")
                && !System.getProperty("java.vm.name", "").toLowerCase(Locale.ROOT).contains("openjdk")) {
            return Optional.empty();
        }
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        Path jar = runningJar();
        if (arguments.isEmpty() || arguments.get().length == 0 || jar == null) {
            return Optional.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Optional.of(new FastRelaunch(java, jar, List.of(arguments.get()),
                UserFolders.ofThisUser().cache().resolve("cds")));
    }

    private static Path runningJar() {
        try {
            Path location = Path.of(FastRelaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? location : null;
        } catch (URISyntaxException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "where this jar is cannot be told; the window opens in this JVM", e);
            return null;
        }
    }

    /**
     * Runs the other JVM and returns its exit status once it has ended; empty when it could not be started (then
     * this JVM opens the window itself).
     */
    Optional<Integer> run() {
        try {
            Path archive = archive();
            boolean exists = Files.isRegularFile(archive);
            Path making = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".new");
            if (!exists) {
                Files.createDirectories(archives);
            }
            Process child = new ProcessBuilder(command(exists ? archive : null, making)).inheritIO().start();
            Thread stopChild = new Thread(child::destroy, "dossier-stop-relaunched");
            Runtime.getRuntime().addShutdownHook(stopChild);
            int status = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            if (!exists) {
                keepOnly(making, archive, status);
            }
            return Optional.of(status);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not start a second JVM; the window opens in this one", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(1);
        }
    }

    /**
     * The other JVM's command: Dossier's options first, so that the user's own, which follow, win; then this JVM's
     * arguments as they were given ({@code -Dx=y -jar dossier.jar --data store}).
     *
     * @param archive the archive to use, or null to make one into {@code making}
     */
    List<String> command(Path archive, Path making) {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:+IgnoreUnrecognizedVMOptions"));
        command.addAll(startUpOptions());
        command.addAll(List.of(archive != null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + making,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-D" + RELAUNCHED + "=true"));
        command.addAll(arguments);
        return command;
    }

    /** The options of {@value #OPTIONS}: one a line, without the comments. */
    static List<String> startUpOptions() {
        try (var in = FastRelaunch.class.getResourceAsStream(OPTIONS)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "the start-up options could not be read; starting without them", e);
            return List.of();
        }
    }

    /** The archive for this jar and JVM: a new build of either gets a new one. */
    Path archive() throws IOException {
        String key = java.toRealPath() + "|" + System.getProperty("java.vm.version") + "|" + jar.toRealPath() + "|"
                + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
        return archives.resolve("window-" + Integer.toHexString(key.hashCode()) + ".jsa");
    }

    /**
     * Puts the archive just made in its place (whole, by a rename: two first starts at once do not mix theirs) and
     * deletes those of other jars and JVMs. An archive of a JVM that failed is dropped.
     */
    private void keepOnly(Path made, Path archive, int status) {
        try {
            if (status == 0 && Files.isRegularFile(made)) {
                Files.move(made, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(made);
            try (Stream<Path> files = Files.list(archives)) {
                for (Path other : files.filter(f -> !f.equals(archive) && !f.getFileName().toString().endsWith(".new"))
                        .toList()) {
                    Files.deleteIfExists(other);
                }
            }
        } catch (IOException e) {
            // The next start makes the archive again; the window itself is not affected.
            LOG.log(System.Logger.Level.WARNING, "the start-up archive could not be kept in '" + archives + "'", e);
        }
    }
}
