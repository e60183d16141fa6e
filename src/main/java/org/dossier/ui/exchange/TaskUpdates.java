package org.dossier.ui.exchange;

import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.dossier.exchange.ExportProgress;

/** An export's or an entity import's progress passed on to a JavaFX task: its bar, its message, its Cancel. */
final class TaskUpdates implements ExportProgress {

    private final BiConsumer<Long, Long> progress;
    private final Consumer<String> message;
    private final BooleanSupplier cancelled;

    TaskUpdates(BiConsumer<Long, Long> progress, Consumer<String> message, BooleanSupplier cancelled) {
        this.progress = progress;
        this.message = message;
        this.cancelled = cancelled;
    }

    @Override
    public void update(long done, long total, String what) {
        if (total > 0) {
            progress.accept(done, total);
        }
        message.accept(total > 0 ? what + " (" + done * 100 / total + "%)" : what);
    }

    @Override
    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }
}
