package org.dossier.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import org.dossier.importer.ImportProgress;

/** Progress on standard error, a few lines a second at most: enough to see it move, not enough to flood a log. */
final class ThrottledProgress implements ImportProgress {

    static final long INTERVAL_NANOS = 300_000_000L;

    private final PrintStream err;
    private final LongSupplier clock;
    private long last = Long.MIN_VALUE;

    ThrottledProgress(PrintStream err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
    }

    ThrottledProgress(PrintStream err) {
        this(err, System::nanoTime);
    }

    @Override
    public void update(int done, int total, String message) {
        long now = clock.getAsLong();
        if (last != Long.MIN_VALUE && now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        TerminalText.println(err, message + "\u2026");
    }
}
