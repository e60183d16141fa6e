package org.dossier.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * What happens to an exception that no code caught, on any thread (the FX thread's event handlers included: JavaFX
 * hands their exceptions to the thread's handler): it is logged with its stack trace, then every listener hears of it
 * (the window shows it in a dialog). A listener that fails itself is logged and does not stop the others.
 */
public final class UncaughtExceptions {

    private static final System.Logger LOG = System.getLogger(UncaughtExceptions.class.getName());
    private static final List<BiConsumer<Thread, Throwable>> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile boolean installed;

    private UncaughtExceptions() {
    }

    /** Makes this the default handler of every thread that has none of its own. */
    public static synchronized void install() {
        if (!installed) {
            Thread.setDefaultUncaughtExceptionHandler(UncaughtExceptions::handle);
            installed = true;
        }
    }

    /** Tells {@code listener} of each uncaught exception after it is logged, on the thread where it happened. */
    public static void listen(BiConsumer<Thread, Throwable> listener) {
        LISTENERS.add(listener);
    }

    public static void stopListening(BiConsumer<Thread, Throwable> listener) {
        LISTENERS.remove(listener);
    }

    static void handle(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "uncaught exception in thread '" + thread.getName() + "'", error);
        for (BiConsumer<Thread, Throwable> listener : LISTENERS) {
            try {
                listener.accept(thread, error);
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.ERROR, "showing an uncaught exception failed", e);
            }
        }
    }
}
