import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The class-data-sharing archive of Dossier's own classes: a training run of the app image's launcher opens the
 * bundled sample store and exits right after the first frame ({@code -Ddossier.exitAfterFirstFrame=true}); the JVM
 * then writes every class it loaded that the runtime's own archive lacks ({@code -XX:ArchiveClassesAtExit}). Later
 * starts map them instead of reading, parsing and verifying them from the jars.
 *
 * <p>The run needs a display ({@link Display}). It happens in a home folder of its own, so that it neither reads nor
 * writes the builder's: no first-run copy of the sample store, no search index, log or preferences there.
 *
 * <p>An archive holds the paths of the jars it was made with, and Java 17 uses it only where the jars are at those
 * paths. An installer's image is therefore trained where it will be installed ({@code installedAt}): on Linux, in a
 * mount namespace of the run's own, where the image is mounted at that path (nothing is written outside the image).
 */
final class CdsTraining {

    private static final long TIMEOUT_SECONDS = 300;

    private CdsTraining() {
    }

    /** @return whether the archive was made; when not, a warning said why and the image works without it */
    static boolean train(AppImage image, Path installedAt) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("dossier-cds-training");
        try (Display display = Display.open()) {
            Tools.copyTree(image.appDir().resolve("sample-store"), home.resolve("store"), true);
            AppImage running = installedAt == null ? image : image.at(installedAt);
            List<String> command = new ArrayList<>();
            if (installedAt != null) {
                command.addAll(List.of("unshare", "--map-root-user", "--mount", "sh", "-c",
                        "mount -t tmpfs tmpfs \"$1\" && mkdir \"$2\" && mount --bind \"$3\" \"$2\" && shift 3 && exec \"$@\"",
                        "sh", installedAt.getParent().toString(), installedAt.toString(), image.root().toString()));
            }
            command.addAll(List.of(running.launcher().toString(), "--data", home.resolve("store").toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(home.resolve("training.log").toFile());
            environment(builder.environment(), home, running.archive());
            display.into(builder.environment());
            long started = System.nanoTime();
            Process run = builder.start();
            if (!run.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                run.destroyForcibly();
                Packager.warn("the training run did not exit within " + TIMEOUT_SECONDS + " s; no CDS archive");
                return false;
            }
            String log = Files.readString(home.resolve("training.log"));
            if (run.exitValue() != 0 || !Files.isRegularFile(image.archive())) {
                Packager.warn("the training run failed (exit status " + run.exitValue() + "); no CDS archive. "
                        + "It said:\n" + log);
                return false;
            }
            Packager.say("CDS archive trained in " + (System.nanoTime() - started) / 1_000_000 + " ms"
                    + (installedAt == null ? "" : " at " + installedAt) + ": " + Tools.megabytes(Files.size(image.archive())));
            return true;
        } catch (IllegalStateException e) {
            Packager.warn("no CDS archive: " + e.getMessage() + ". Dossier works without it, but starts slower.");
            return false;
        } finally {
            Tools.deleteTree(home);
        }
    }

    /** A home of its own, and the JVM options of the run (paths quoted: the JVM splits the variable at spaces). */
    private static void environment(Map<String, String> env, Path home, Path archive) {
        env.put("HOME", home.toString());
        for (String xdg : List.of("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME")) {
            env.put(xdg, home.resolve(xdg.toLowerCase()).toString());
        }
        env.put("APPDATA", home.resolve("roaming").toString());
        env.put("LOCALAPPDATA", home.resolve("local").toString());
        env.put("JAVA_TOOL_OPTIONS", String.join(" ",
                quoted("-XX:ArchiveClassesAtExit=" + archive),
                "-Ddossier.exitAfterFirstFrame=true",
                quoted("-Duser.home=" + home),
                quoted("-Djava.util.prefs.userRoot=" + home.resolve("prefs")),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    }

    private static String quoted(String option) {
        return option.contains(" ") ? "\"" + option + "\"" : option;
    }
}
