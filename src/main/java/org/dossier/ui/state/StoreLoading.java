package org.dossier.ui.state;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.LoadResult;
import org.dossier.store.Problem;
import org.dossier.store.StoreReader;
import org.dossier.store.StoreTidy;

/**
 * A store being read on a background thread. It needs no JavaFX, so the app can start reading before the
 * toolkit is up; it tells the window when a part of a large store is in, and how far it is (at most every
 * {@value #TELL_EVERY_MILLIS} ms), and the window takes the result when it is ready.
 */
public final class StoreLoading {

    /** How a store is read: {@link StoreReader} itself, or a stand-in in tests. */
    public interface Reader {
        LoadResult load(Path dir, StoreReader.Progress progress, StoreReader.Partial partial);
    }

    private static final Reader STORE_READER = (dir, progress, partial) ->
            StoreReader.load(dir, progress, StoreReader.Bodies.AUTO, partial);

    private final Path dir;
    private final Reader reader;
    private final CompletableFuture<LoadResult> result;
    private volatile long done;
    private volatile long total;
    private volatile String step = "Opening the store";
    private volatile KnowledgeBase soFar;
    /** Opened once the window has drawn the first part of a large store; until then the rest waits. */
    private final java.util.concurrent.CountDownLatch firstPartDrawn = new java.util.concurrent.CountDownLatch(1);
    /** Told, on the loading thread, that there is news: a part, or progress. */
    private volatile Runnable listener = () -> { };
    private final java.util.concurrent.atomic.AtomicLong lastTold = new java.util.concurrent.atomic.AtomicLong();
    /** Progress is told at most this often: the window redraws its bar no faster than a person reads it. */
    static final long TELL_EVERY_MILLIS = 100;

    private StoreLoading(Path dir, Executor executor, Reader reader) {
        this.dir = dir.toAbsolutePath().normalize();
        this.reader = reader;
        java.time.Instant opened = java.time.Instant.now();
        this.result = CompletableFuture.supplyAsync(this::read, executor);
        // The window writes to the store it opens, so it tidies what earlier writers left: after the store is read,
        // so that the first frame does not wait for it.
        result.thenAcceptAsync(loaded -> tidy(loaded, opened), executor);
    }

    private static void tidy(LoadResult loaded, java.time.Instant opened) {
        try {
            StoreTidy.afterOpening(loaded, opened);
        } catch (RuntimeException e) {
            System.getLogger(StoreLoading.class.getName()).log(System.Logger.Level.ERROR,
                    "tidying the store '" + loaded.dir() + "' failed", e);
        }
    }

    private StoreLoading(LoadResult loaded) {
        this.dir = loaded.dir();
        this.reader = STORE_READER;
        this.result = CompletableFuture.completedFuture(loaded);
        this.done = 1;
        this.total = 1;
    }

    /** Starts reading {@code dir} on {@code executor}. */
    public static StoreLoading start(Path dir, Executor executor) {
        return new StoreLoading(dir, executor, STORE_READER);
    }

    /** Starts reading {@code dir} on {@code executor} with {@code reader}. */
    public static StoreLoading start(Path dir, Executor executor, Reader reader) {
        return new StoreLoading(dir, executor, reader);
    }

    /** A store read already, shown without reading it again (the benchmark lays out its pages this way). */
    public static StoreLoading of(LoadResult loaded) {
        return new StoreLoading(loaded);
    }

    private LoadResult read() {
        try {
            return reader.load(dir, (d, t, what) -> {
                done = d;
                total = t;
                step = what;
                tell(false);
            }, this::partLoaded);
        } catch (RuntimeException | Error e) {
            Problem problem = new Problem(".", 0, 0, "", "the store could not be opened: " + e);
            return new LoadResult(dir, KnowledgeBase.empty(String.valueOf(dir.getFileName())), List.of(problem),
                    Set.of(), true);
        }
    }

    /**
     * Hands a part of the store to the window. After the first, reading waits (at most a few seconds) until
     * the window has drawn it: on two cores, reading the rest on both would hold back the very frame that lets
     * the reader start.
     */
    private void partLoaded(KnowledgeBase kb) {
        boolean first = soFar == null;
        soFar = kb;
        tell(true);
        if (first) {
            try {
                firstPartDrawn.await(FIRST_PART_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final int FIRST_PART_WAIT_SECONDS = 3;

    /**
     * Calls {@code news} on the loading thread whenever a part of the store is in, and as the work progresses, at
     * most every {@value #TELL_EVERY_MILLIS} ms. The caller looks at {@link #soFar}, {@link #progress} and
     * {@link #step} when told, and once when it starts listening, for what came before.
     */
    public void onNews(Runnable news) {
        listener = news;
    }

    private void tell(boolean always) {
        long now = System.nanoTime() / 1_000_000;
        long last = lastTold.get();
        if (always || (now - last >= TELL_EVERY_MILLIS && lastTold.compareAndSet(last, now))) {
            lastTold.set(now);
            listener.run();
        }
    }

    /** The window drew the first part (or will not show parts): reading goes on at full speed. */
    public void firstPartDrawn() {
        firstPartDrawn.countDown();
    }

    public Path dir() {
        return dir;
    }

    public CompletableFuture<LoadResult> result() {
        return result;
    }

    /** What is loaded so far of a large store (entities and the first articles), or null before anything is. */
    public KnowledgeBase soFar() {
        return soFar;
    }

    /** Progress from 0 to 1, or -1 while the amount of work is not yet known. */
    public double progress() {
        long t = total;
        return t <= 0 ? -1 : (double) done / t;
    }

    /** What is being read, in words ("Reading articles (120 of 4,000)"). */
    public String step() {
        long t = total;
        return t <= 0 ? step : step + " (" + done + " of " + t + ")";
    }
}
