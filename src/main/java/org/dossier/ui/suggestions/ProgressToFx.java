package org.dossier.ui.suggestions;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.discovery.Analyses;

/**
 * Hands the analysis' progress from the analysing thread to the FX thread, at most once per percent: a store of
 * 50,000 articles would otherwise queue 50,000 updates on the FX thread.
 */
final class ProgressToFx implements Analyses.Progress {

    /** Receives progress on the FX thread. */
    interface Shown {
        void show(int done, int total);
    }

    private final Executor fx;
    private final Shown shown;
    private final AtomicInteger lastPercent = new AtomicInteger(-1);

    ProgressToFx(Executor fx, Shown shown) {
        this.fx = fx;
        this.shown = shown;
    }

    @Override
    public void update(int done, int total) {
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        int before = lastPercent.get();
        if (percent != before && lastPercent.compareAndSet(before, percent)) {
            fx.execute(() -> shown.show(done, total));
        }
    }
}
