package org.dossier.ui.state;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * An executor that keeps what it is given until the test runs it, on the test's own thread: a stand-in for a
 * background thread or the FX thread, so a test sees the state before the work is done and after, and no toolkit
 * is needed.
 */
public final class QueuedExecutor implements Executor {

    private final Queue<Runnable> queue = new ArrayDeque<>();

    @Override
    public void execute(Runnable work) {
        queue.add(work);
    }

    /** Runs what is queued, and what that queues, until nothing is left. */
    public void runAll() {
        for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
            next.run();
        }
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Everything on the calling thread, at once. */
    public static Background direct() {
        return new Background(Runnable::run, Runnable::run, Runnable::run, Runnable::run, Runnable::run);
    }
}
