package org.dossier.platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The window's log: {@link System.Logger} (whose default backend is {@code java.util.logging}) and the libraries'
 * own logging go to a rotating file in the user's log folder ({@link UserFolders#logs()}): {@value #PATTERN} with
 * {@code %g} the generation, at most {@value #FILES} files of {@value #LIMIT_BYTES} bytes, the newest being
 * {@code dossier.0.log}. Several Dossiers at once each get a file of their own (a {@code .1} is added to the name
 * while another holds the first). The command line does not log to a file: it says everything on standard error.
 */
public final class Logging {

    static final String PATTERN = "dossier.%g.log";
    static final int LIMIT_BYTES = 2_000_000;
    static final int FILES = 5;

    private static volatile Path folder;
    private static Handler file;

    private Logging() {
    }

    /**
     * Starts logging into {@code logs} on a thread of its own, so that the window's start does not wait for it (it
     * takes 0.1–0.2 s); exceptions no code catches are logged from now on, into the file once it is open.
     */
    public static void startInBackground(Path logs) {
        UncaughtExceptions.install();
        Thread starting = new Thread(() -> start(logs), "dossier-log-start");
        starting.setDaemon(true);
        starting.start();
    }

    /**
     * Starts logging into {@code logs}, and logs every exception no code caught, on any thread
     * ({@link UncaughtExceptions}). If the folder cannot be made, says so on standard error and logs there instead.
     *
     * @return the folder the log is in, or null when it could not be made
     */
    public static synchronized Path start(Path logs) {
        UncaughtExceptions.install();
        if (folder != null) {
            return folder;
        }
        try {
            Files.createDirectories(logs);
            file = new FileHandler(logs.resolve(PATTERN).toString(), LIMIT_BYTES, FILES, true);
            file.setFormatter(new LineFormat());
            file.setEncoding("UTF-8");
            Logger root = Logger.getLogger("");
            for (Handler console : root.getHandlers()) {
                console.setLevel(Level.WARNING); // the terminal gets warnings and errors; the file has the rest
            }
            root.addHandler(file);
            folder = logs;
            System.getLogger(Logging.class.getName()).log(System.Logger.Level.INFO, "Dossier started; Java "
                    + Runtime.version() + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version"));
            return logs;
        } catch (IOException | RuntimeException e) {
            System.err.println("dossier: cannot write the log into '" + logs + "' (" + e.getMessage()
                    + "); logging to standard error instead");
            return null;
        }
    }

    /** Stops writing the log file (tests, which log into a temporary folder of their own). */
    static synchronized void stop() {
        if (file != null) {
            Logger.getLogger("").removeHandler(file);
            file.close();
            file = null;
            folder = null;
        }
    }

    /** The newest log file, or null when there is no log file. */
    public static Path file() {
        Path logs = folder;
        return logs == null ? null : logs.resolve(PATTERN.replace("%g", "0"));
    }

    /** The folder the log is written to, or null when there is no log file. */
    public static Path folder() {
        return folder;
    }

    /** One line per record, "2026-11-27 10:31:12.345 WARNING org.dossier.x: message", then the stack trace if any. */
    static final class LineFormat extends Formatter {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(TIME.format(Instant.ofEpochMilli(record.getMillis())))
                    .append(' ').append(record.getLevel().getName()).append(' ').append(record.getLoggerName())
                    .append(": ").append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
