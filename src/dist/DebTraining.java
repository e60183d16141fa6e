import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Adds a class-data-sharing archive to a {@code .deb} made by jpackage. Java 17 uses an archive only with the very
 * jars it was made from: at the same paths, with the same sizes and modification times. jpackage gives the files of
 * a package new modification times, so the archive is trained on the package's own files: they are unpacked as they
 * will be installed (times included), trained at {@value Installer#LINUX_DIR} ({@link CdsTraining}), and packed again
 * with {@code dpkg-deb}, which keeps their times.
 */
final class DebTraining {

    private DebTraining() {
    }

    /** @param image the layout of an image, any copy; @param work a folder to unpack into (emptied first) */
    static void addArchive(Path deb, AppImage image, Path work) throws IOException, InterruptedException {
        Tools.deleteTree(work);
        Files.createDirectories(work);
        run(List.of("dpkg-deb", "--raw-extract", deb.toString(), work.toString()));
        Path installed = work.resolve(Installer.LINUX_DIR.substring(1));
        AppImage unpacked = image.at(installed);
        if (!CdsTraining.train(unpacked, Path.of(Installer.LINUX_DIR))) {
            return;
        }
        unpacked.useArchive();
        updateInstalledSize(work.resolve("DEBIAN/control"), work);
        run(List.of("fakeroot", "dpkg-deb", "--build", work.toString(), deb.toString()));
        Tools.deleteTree(work);
    }

    /** The control file's Installed-Size (in KiB) with the archive counted. */
    private static void updateInstalledSize(Path control, Path root) throws IOException {
        long kib = (Tools.size(root) - Tools.size(root.resolve("DEBIAN")) + 1023) / 1024;
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(control)) {
            lines.add(line.startsWith("Installed-Size:") ? "Installed-Size: " + kib : line);
        }
        Files.write(control, lines);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
