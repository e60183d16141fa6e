import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The installer of the build's system, made by jpackage from a copy of the app image taken before it was trained:
 * a {@code .deb} on Linux (needs {@code fakeroot} and {@code dpkg-deb}), an {@code .msi} on Windows (needs the WiX
 * Toolset 3 on the PATH), a {@code .dmg} on macOS. Where the tools are missing, the build says so and still succeeds
 * with the app image alone.
 *
 * <p>The {@code .deb} installs into {@value #LINUX_DIR}, and gets an archive trained there ({@link DebTraining}).
 * Windows and macOS let the user choose where to install, so their installers carry no archive of Dossier's classes
 * (the runtime's own archive still serves the JDK's).
 */
final class Installer {

    static final String LINUX_DIR = "/opt/dossier";

    private final Path pristine;

    private Installer(Path pristine) {
        this.pristine = pristine;
    }

    /** Copies the image as it is now, untrained, when this system's installer can be made; else says why not. */
    static Installer prepare(AppImage image, Path work) throws IOException {
        String missing = missingTools();
        if (missing != null) {
            Packager.warn("no installer: " + missing + "; the app image is complete without it");
            return null;
        }
        Path copy = work.resolve("installer-image").resolve(image.root().getFileName());
        Tools.deleteTree(copy.getParent());
        Tools.copyTree(image.root(), copy, false);
        return new Installer(copy);
    }

    private static String missingTools() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) {
            return Display.onPath("fakeroot") != null && Display.onPath("dpkg-deb") != null ? null
                    : "a .deb needs fakeroot and dpkg-deb (Debian: apt-get install fakeroot dpkg)";
        }
        if (os.startsWith("windows")) {
            return Display.onPath("candle.exe") != null && Display.onPath("light.exe") != null ? null
                    : "an .msi needs the WiX Toolset 3 (candle.exe, light.exe) on the PATH";
        }
        return os.startsWith("mac") ? null : "jpackage makes no installer for " + os;
    }

    void make(AppImage trained, Path dist, String version) throws IOException, InterruptedException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        List<String> args = new ArrayList<>(List.of("--app-image", pristine.toString(), "--dest", dist.toString(),
                "--name", Packager.NAME, "--app-version", version, "--vendor", "Dossier",
                "--description", "A desktop knowledge-base viewer for news"));
        if (os.startsWith("linux")) {
            args.addAll(List.of("--type", "deb", "--install-dir", Path.of(LINUX_DIR).getParent().toString(),
                    "--linux-package-name", "dossier", "--linux-shortcut", "--linux-menu-group", "Office",
                    "--linux-app-category", "misc", "--linux-deb-maintainer", "dossier@localhost"));
        } else if (os.startsWith("windows")) {
            args.addAll(List.of("--type", "msi", "--win-menu", "--win-shortcut", "--win-dir-chooser"));
        } else {
            args.addAll(List.of("--type", "dmg"));
        }
        Tools.run("jpackage", args.toArray(String[]::new));
        try (Stream<Path> files = Files.list(dist)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(deb|msi|dmg)")).toList()) {
                if (file.toString().endsWith(".deb")) {
                    DebTraining.addArchive(file, trained.at(pristine), pristine.getParent().resolveSibling("deb"));
                }
                Packager.say("installer: " + file + " (" + Tools.megabytes(Files.size(file)) + ")");
            }
        }
    }
}
