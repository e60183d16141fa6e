package org.dossier.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Files that are not regular files, made for tests: a named pipe, which Java cannot make by itself. */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** A named pipe at {@code file}; the test is skipped where the system has no {@code mkfifo}. */
    public static Path fifo(Path file) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here: " + e.getMessage());
            return file;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        return file;
    }

    /** /dev/zero, a device that reports a size of 0 and never ends; the test is skipped where there is none. */
    public static Path devZero() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        return zero;
    }
}
