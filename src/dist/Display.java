import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A display for the training run: the desktop's where there is one (Windows, macOS, a Linux session with
 * {@code DISPLAY}), else a virtual X server ({@code Xvfb}) started for the run and stopped after it, as
 * {@code src/test/bench/startup.sh} does. A build machine with neither gets none, and says why.
 */
final class Display implements AutoCloseable {

    private static final long START_MILLIS = 20_000;
    private final String name;
    private final Process xvfb;

    private Display(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    /** @throws IllegalStateException with the reason when there is no display to be had */
    static Display open() throws IOException, InterruptedException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String current = System.getenv("DISPLAY");
        if (!os.startsWith("linux") || (current != null && !current.isBlank())) {
            return new Display(current, null);
        }
        Path xvfb = onPath("Xvfb");
        if (xvfb == null) {
            throw new IllegalStateException("no DISPLAY and no Xvfb to make one (Debian: apt-get install xvfb)");
        }
        int number = 500 + ThreadLocalRandom.current().nextInt(400);
        Process server = new ProcessBuilder(xvfb.toString(), ":" + number, "-screen", "0", "1600x1000x24",
                "-nolisten", "tcp").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // The server is ready once its socket is there; it may also fail at once (a display number in use).
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        long deadline = System.currentTimeMillis() + START_MILLIS;
        while (!Files.exists(socket)) {
            if (server.waitFor(50, TimeUnit.MILLISECONDS) || System.currentTimeMillis() > deadline) {
                server.destroy();
                throw new IllegalStateException("Xvfb did not start on display :" + number);
            }
        }
        return new Display(":" + number, server);
    }

    /** Puts this display into a child process's environment. */
    void into(Map<String, String> environment) {
        if (name != null) {
            environment.put("DISPLAY", name);
        }
    }

    static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }
}
