import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes the installable Dossier: {@code mvn -B -Pdist package} runs this file with the JDK's source launcher after the
 * jars are built. It never runs in {@code mvn verify}.
 *
 * <ol>
 *   <li>asks {@code jdeps} which JDK modules the jars need, and links a runtime of only those ({@code jlink}), with the
 *       JDK's own class-data-sharing archive for them;</li>
 *   <li>makes an app image with {@code jpackage} in {@code target/dist/}: the launcher, that runtime, the jars on the
 *       class path, JavaFX's platform jars on the module path (their native libraries beside them, so JavaFX loads them
 *       from there instead of unpacking them into the user's home), and the bundled sample store;</li>
 *   <li>trains a class-data-sharing archive of Dossier's own classes ({@link CdsTraining}) and has the launcher use it;</li>
 *   <li>makes the system's installer of the image (see {@link Installer}): a {@code .deb} on Linux, with an archive
 *       trained where it installs.</li>
 * </ol>
 *
 * Arguments: {@code TARGET_DIR VERSION MAIN_JAR STORE_DIR ICON}. Everything else follows from the project's layout.
 */
public final class Packager {

    static final String NAME = "Dossier";
    static final String MAIN_CLASS = "org.dossier.app.Launcher";

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: Packager TARGET_DIR VERSION MAIN_JAR STORE_DIR ICON");
        }
        Path target = Path.of(args[0]).toAbsolutePath();
        String version = args[1].replaceAll("[^0-9.].*$", ""); // jpackage takes numbers only: 0.1.0-SNAPSHOT is 0.1.0
        Path work = target.resolve("dist-work");
        Path input = work.resolve("app");
        Path javafx = work.resolve("javafx");
        Files.copy(target.resolve(args[2]), input.resolve(args[2]), StandardCopyOption.REPLACE_EXISTING);
        keepPlatformJarsOnly(javafx);

        List<String> modules = Modules.needed(input, args[2], javafx);
        say("the runtime gets " + modules.size() + " modules: " + String.join(",", modules));
        Path runtime = work.resolve("runtime");
        Tools.deleteTree(runtime);
        Tools.run("jlink", "--add-modules", String.join(",", modules), "--strip-java-debug-attributes", "--no-header-files",
                "--no-man-pages", "--generate-cds-archive", "--output", runtime.toString());
        // The JDK's archive for heaps over 32 GB: 11 MB that Dossier never uses (without it such a JVM simply shares less).
        Files.deleteIfExists(runtime.resolve(isWindows() ? "bin/server/classes_nocoops.jsa"
                : "lib/server/classes_nocoops.jsa"));

        Path dist = target.resolve("dist");
        Tools.deleteTree(dist);
        Files.createDirectories(dist);
        Path store = work.resolve("store");
        Tools.deleteTree(store);
        Tools.copyTree(Path.of(args[3]), store, true);
        Tools.run("jpackage", "--type", "app-image", "--dest", dist.toString(), "--name", NAME,
                "--app-version", version, "--vendor", "Dossier", "--description",
                "A desktop knowledge-base viewer for news", "--icon", Path.of(args[4]).toAbsolutePath().toString(),
                "--input", input.toString(), "--main-jar", args[2], "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(),
                "--java-options", "--module-path=$APPDIR/javafx",
                "--java-options", "--add-modules=javafx.controls,javafx.swing",
                // The sample store the installed Dossier copies to the user's data folder when it first starts.
                "--java-options", "-Ddossier.bundledStore=$APPDIR/sample-store");
        AppImage image = AppImage.in(dist, NAME);
        image.addJavaOptions(startUpOptions(target));
        image.addJavaFx(javafx);
        Tools.copyTree(store, image.appDir().resolve("sample-store"), true);

        Installer installer = Installer.prepare(image, work);
        if (CdsTraining.train(image, null)) {
            image.useArchive();
        }
        if (installer != null) {
            installer.make(image, dist, version);
        }
        say("done: " + image.root() + " (" + Tools.megabytes(Tools.size(image.root())) + ")");
    }

    /** The start-up options java -jar's second JVM uses too (src/main/resources/org/dossier/app/start-up.options). */
    private static List<String> startUpOptions(Path target) throws IOException {
        return Files.readAllLines(target.resolve("classes/org/dossier/app/start-up.options")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** JavaFX's Maven artifacts come as an empty jar plus one per platform: only the platform's have the classes. */
    private static void keepPlatformJarsOnly(Path javafx) throws IOException {
        try (Stream<Path> jars = Files.list(javafx)) {
            for (Path jar : jars.toList()) {
                if (!jar.getFileName().toString().matches("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar")) {
                    Files.delete(jar);
                }
            }
        }
    }

    static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }

    static void say(String message) {
        System.out.println("[dist] " + message);
    }

    static void warn(String message) {
        System.out.println("[dist] WARNING: " + message);
    }
}
