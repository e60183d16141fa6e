package org.dossier.ui;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import org.dossier.store.LockedSaves;

/**
 * Says in the status bar that a save waits for another Dossier changing the store ("The store is being changed by
 * another Dossier (pid 4711): waiting…"), and takes the words away once the wait is over, unless another notice
 * has replaced them meanwhile. Told on the saving thread; changes the notice on the FX thread.
 */
final class LockWaitNotice implements LockedSaves.Waiting {

    private final StringProperty notice;
    private volatile String shown;

    LockWaitNotice(StringProperty notice) {
        this.notice = notice;
    }

    @Override
    public void started(String message) {
        String sentence = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        shown = sentence;
        Platform.runLater(() -> notice.set(sentence));
    }

    @Override
    public void ended() {
        String sentence = shown;
        Platform.runLater(() -> {
            if (sentence != null && sentence.equals(notice.get())) {
                notice.set(null);
            }
        });
    }
}
