import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Where an app image keeps what, on each system, and the changes made to it after jpackage. */
final class AppImage {

    private static final String ARCHIVE = "dossier.jsa";
    private final Path root;
    private final Path launcher;
    private final Path appDir;

    private AppImage(Path root, Path launcher, Path appDir) {
        this.root = root;
        this.launcher = launcher;
        this.appDir = appDir;
    }

    static AppImage in(Path dist, String name) {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            Path root = dist.resolve(name + ".app");
            return new AppImage(root, root.resolve("Contents/MacOS/" + name), root.resolve("Contents/app"));
        }
        Path root = dist.resolve(name);
        if (os.startsWith("windows")) {
            return new AppImage(root, root.resolve(name + ".exe"), root.resolve("app"));
        }
        return new AppImage(root, root.resolve("bin/" + name), root.resolve("lib/app"));
    }

    AppImage at(Path otherRoot) {
        return new AppImage(otherRoot, otherRoot.resolve(root.relativize(launcher)),
                otherRoot.resolve(root.relativize(appDir)));
    }

    Path root() {
        return root;
    }

    Path launcher() {
        return launcher;
    }

    /** The launcher's {@code $APPDIR}: the jars, the launcher's configuration, the sample store. */
    Path appDir() {
        return appDir;
    }

    Path archive() {
        return appDir.resolve(ARCHIVE);
    }

    /**
     * Puts JavaFX's jars in {@code $APPDIR/javafx} (outside jpackage's input, or they would be on the class path as
     * well) with their native libraries unpacked beside them: JavaFX looks for them beside its jar first, and only
     * then unpacks them from the jar into {@code ~/.openjfx/cache}, hashing them at every start.
     */
    void addJavaFx(Path jars) throws IOException {
        Path dir = Files.createDirectories(appDir.resolve("javafx"));
        try (Stream<Path> files = Files.list(jars)) {
            for (Path jar : files.toList()) {
                Files.copy(jar, dir.resolve(jar.getFileName()));
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry entry : zip.stream().toList()) {
                        String name = entry.getName();
                        if (!name.contains("/") && name.matches(".+\\.(so|dll|dylib)")) {
                            try (InputStream in = zip.getInputStream(entry)) {
                                Files.copy(in, dir.resolve(name));
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Has the launcher map the trained archive. The option is added only once the archive exists: a JVM told to use a
     * missing archive runs without any, not even the runtime's own. The archive holds the paths it was trained at; in
     * an image moved elsewhere the JVM cannot use it, and starts as without it (the two -Xlog options keep that quiet).
     */
    void useArchive() throws IOException {
        addJavaOptions(List.of("-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    }

    /** Adds options to the launcher's configuration, before those it has (so that the launcher's own come last). */
    void addJavaOptions(List<String> options) throws IOException {
        Path cfg = appDir.resolve(Packager.NAME + ".cfg");
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
        int at = lines.indexOf("[JavaOptions]") + 1;
        for (String option : options) {
            lines.add(at++, "java-options=" + option);
        }
        Files.write(cfg, lines);
    }
}
