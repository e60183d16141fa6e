package org.dossier.ui.state;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.dossier.store.FileStamps;
import org.dossier.store.StoreWatcher;

/**
 * Changes other programs (an editor, git) make to the open store's files: noticed by a watcher, told apart from this
 * program's own writes by the files' stamps, and answered with a reload. The stamps are also what a save checks
 * before it writes: a file changed by someone else is never overwritten.
 */
final class ExternalChanges {

    private final Background background;
    private final Consumer<String> reload;
    private final ReadOnlyBooleanWrapper watching = new ReadOnlyBooleanWrapper(this, "watching");
    private volatile FileStamps stamps;
    private StoreWatcher watcher;
    private boolean closed;

    /** @param reload reloads the store, saying why; called on the FX thread */
    ExternalChanges(Background background, Consumer<String> reload) {
        this.background = background;
        this.reload = reload;
    }

    /** Starts noticing changes made to the store's files by other programs (an editor, git). */
    void watch(Path dir) {
        stopWatching();
        stamps = null;
        background.io().execute(() -> {
            FileStamps now = FileStamps.of(dir);
            try {
                // Checked on the I/O thread, after any save in progress has recorded its own writes.
                StoreWatcher w = StoreWatcher.watch(dir, files -> background.io().execute(() -> changedOnDisk(files)));
                background.fx().execute(() -> {
                    stamps = now;
                    if (closed) {
                        w.close();
                        return;
                    }
                    watcher = w;
                    watching.set(true);
                });
            } catch (IOException e) {
                background.fx().execute(() -> stamps = now); // edits are still guarded; only the live reload is lost
            }
        });
    }

    private void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        watching.set(false);
    }

    /**
     * Called on the I/O thread: reloads when a file changed that this program did not write. Compares with the
     * stamps as they are now, which imports and edits keep up to date.
     */
    private void changedOnDisk(Set<String> files) {
        FileStamps known = stamps;
        if (known == null) {
            return;
        }
        List<String> theirs = files.stream().filter(known::changedOnDisk).toList();
        if (!theirs.isEmpty()) {
            background.fx().execute(() -> reload.accept(String.join(", ", theirs) + " changed on disk"));
        }
    }

    /** The files' stamps as this program last read or wrote them; null until the store is watched. */
    FileStamps stamps() {
        return stamps;
    }

    void stamps(FileStamps now) {
        stamps = now;
    }

    /** True while the store's files are watched. */
    ReadOnlyBooleanProperty watchingProperty() {
        return watching.getReadOnlyProperty();
    }

    void close() {
        closed = true;
        stopWatching();
    }
}
