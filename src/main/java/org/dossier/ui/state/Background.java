package org.dossier.ui.state;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Where the window's work runs: the store's files on {@code io} (one thread, so saves keep their order), searches
 * and layouts on {@code search}, article text on {@code reading} (never queued behind a search or a save), and
 * results back on the FX thread through {@code fx}. Tests hand in their own executors (a direct or a queued one
 * for {@code fx}), so the state's parts run without the JavaFX toolkit.
 */
public final class Background {

    /** Runs something once the window has drawn the frame after this one; a test runs it at once. */
    public interface Frames {
        void afterNextFrame(Runnable action);
    }

    private final Executor io;
    private final Executor search;
    private final Executor reading;
    private final Executor fx;
    private final Frames frames;
    private final List<ExecutorService> owned;

    public Background(Executor io, Executor search, Executor reading, Executor fx, Frames frames) {
        this(io, search, reading, fx, frames, List.of());
    }

    private Background(Executor io, Executor search, Executor reading, Executor fx, Frames frames,
                       List<ExecutorService> owned) {
        this.io = io;
        this.search = search;
        this.reading = reading;
        this.fx = fx;
        this.frames = frames;
        this.owned = owned;
    }

    /**
     * The window's threads: {@code io} as given (the store starts loading on it before the toolkit is up), a
     * search thread and two reading threads made here, and the FX thread through {@link Platform#runLater}.
     */
    public static Background forWindow(Executor io) {
        List<ExecutorService> made = new ArrayList<>();
        ExecutorService search = Executors.newSingleThreadExecutor(daemon("dossier-search"));
        ExecutorService reading = Executors.newFixedThreadPool(2, daemon("dossier-reading"));
        made.add(search);
        made.add(reading);
        return new Background(io, search, reading, Platform::runLater, Background::afterTwoPulses, made);
    }

    /** Threads that do not keep the program alive once the window is closed. */
    public static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The frame after this one is drawn two pulses from now. */
    private static void afterTwoPulses(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /** The store's files: reading, saving, watching and the search index, one job at a time. */
    public Executor io() {
        return io;
    }

    /** The FX thread. */
    public Executor fx() {
        return fx;
    }

    /**
     * Where views read articles' text that a page shows beside its own content (the sentences of an entity's
     * "Mentioned in" list): that text may have to come from disk, so never on the FX thread.
     */
    public Executor reading() {
        return reading;
    }

    /** Searches: one thread, so that an answer never overtakes the one asked before it. */
    Executor search() {
        return search;
    }

    public void afterNextFrame(Runnable action) {
        frames.afterNextFrame(action);
    }

    /** Runs CPU work (not I/O) off the FX thread, on the search thread, and hands the result to the FX thread. */
    public <T> void compute(Supplier<T> work, Consumer<T> onFx) {
        search.execute(() -> {
            T result = work.get();
            fx.execute(() -> onFx.accept(result));
        });
    }

    /**
     * Runs work that may read store files (a large store's article bodies stay in their files until needed) off
     * the FX thread, and hands its result, or why it failed, to the FX thread.
     */
    public <T> void read(Supplier<T> work, Consumer<T> onFx, Consumer<String> onFailure) {
        reading.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                fx.execute(() -> onFailure.accept(why));
                return;
            }
            fx.execute(() -> onFx.accept(result));
        });
    }

    /** Stops the threads made here; work still queued is dropped (the window is closing). */
    public void close() {
        owned.forEach(ExecutorService::shutdownNow);
    }
}
