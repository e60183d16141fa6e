package org.dossier.platform;

import java.nio.file.Path;

/** Runs something while the log is written into a folder of the test's own, then stops logging there. */
public final class LoggingForTests {

    private LoggingForTests() {
    }

    public static void withLog(Path folder, Runnable action) {
        Logging.start(folder);
        try {
            action.run();
        } finally {
            Logging.stop();
        }
    }
}
