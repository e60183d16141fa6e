package org.dossier.ui.state;

import java.util.concurrent.Executor;
import org.dossier.store.LockedSaves;

/**
 * Says in the status bar that a save waits for another Dossier changing the store ("The store is being changed by
 * another Dossier (pid 4711): waiting…"), and takes the words away once the wait is over, unless another notice
 * has replaced them meanwhile. Told on the saving thread; changes the notice on the FX thread.
 */
final class LockWaitNotice implements LockedSaves.Waiting {

    private final StoreSession session;
    private final Executor fx;
    private volatile String shown;

    LockWaitNotice(StoreSession session, Executor fx) {
        this.session = session;
        this.fx = fx;
    }

    @Override
    public void started(String message) {
        String sentence = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        shown = sentence;
        fx.execute(() -> session.say(sentence));
    }

    @Override
    public void ended() {
        String sentence = shown;
        fx.execute(() -> session.unsay(sentence));
    }
}
