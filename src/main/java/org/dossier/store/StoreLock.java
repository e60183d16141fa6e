package org.dossier.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One writer at a time on a store: an operating-system lock on the file {@value StoreLayout#LOCK_FILE} in the store
 * folder, held by
 * whoever writes to the store (a command-line import for the whole of its load, import and save; the window
 * around each save). Another writer waits, is told who holds the lock, and gives up after a bounded wait. The
 * system releases the lock when its holder's process ends, however it ends, so a crashed writer never leaves the
 * store locked. Within one Java process the lock is a semaphore per store as well: the system lock belongs to the
 * process, so two windows or threads of one process must take turns before it (a second system lock would fail
 * with {@link OverlappingFileLockException}).
 *
 * <p>The lock file holds the process id of the last holder, for the message; it is never deleted (a writer
 * deleting it could let two others lock two different files) and never read as part of the store.
 */
public final class StoreLock implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(StoreLock.class.getName());

    /** The system property that sets how long a writer waits for the lock, in seconds. */
    public static final String WAIT_PROPERTY = "dossier.lockWaitSeconds";
    private static final long DEFAULT_WAIT_SECONDS = 120;
    /** How often a waiting writer tries the lock again: the system cannot wait with a time limit. */
    private static final long RETRY_MILLIS = 50;
    private static final Map<Path, Semaphore> IN_THIS_PROCESS = new ConcurrentHashMap<>();

    private final Semaphore turn;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private StoreLock(Semaphore turn, FileChannel channel, FileLock lock) {
        this.turn = turn;
        this.channel = channel;
        this.lock = lock;
    }

    /** How long writers wait for the lock: {@value #DEFAULT_WAIT_SECONDS} s, or the system property's seconds. */
    public static Duration defaultWait() {
        String seconds = System.getProperty(WAIT_PROPERTY);
        try {
            return seconds == null ? Duration.ofSeconds(DEFAULT_WAIT_SECONDS)
                    : Duration.ofSeconds(Math.max(0, Long.parseLong(seconds.strip())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(DEFAULT_WAIT_SECONDS);
        }
    }

    /**
     * Takes the lock of the store in {@code storeDir}, waiting at most {@code maxWait} for another writer.
     *
     * @param onWaiting told once, before waiting, who holds the lock ("the store is being changed by another
     *                  Dossier (pid 4711): waiting…"); not called when the lock is free
     * @throws StoreException when the wait is over and the lock is still held, or the lock file cannot be made
     */
    public static StoreLock acquire(Path storeDir, Duration maxWait, Consumer<String> onWaiting) throws StoreException {
        Path dir = realFolder(storeDir);
        long deadline = System.nanoTime() + maxWait.toNanos();
        Semaphore turn = IN_THIS_PROCESS.computeIfAbsent(dir, d -> new Semaphore(1, true));
        try {
            if (!turn.tryAcquire()) {
                String holder = "another window or task of this Dossier";
                onWaiting.accept(waiting(holder));
                if (!turn.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw gaveUp(dir, holder, maxWait);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("stopped while waiting to change the store '" + dir + "'", e);
        }
        try {
            return lockFile(dir, turn, deadline, maxWait, onWaiting);
        } catch (StoreException | RuntimeException e) {
            turn.release();
            throw e;
        }
    }

    private static StoreLock lockFile(Path dir, Semaphore turn, long deadline, Duration maxWait,
                                      Consumer<String> onWaiting) throws StoreException {
        FileChannel channel = open(dir.resolve(StoreLayout.LOCK_FILE));
        try {
            boolean told = false;
            FileLock lock;
            while ((lock = tryLock(channel)) == null) {
                String holder = holder(channel);
                if (System.nanoTime() - deadline >= 0) {
                    throw gaveUp(dir, holder, maxWait);
                }
                if (!told) {
                    onWaiting.accept(waiting(holder));
                    told = true;
                }
                Thread.sleep(RETRY_MILLIS);
            }
            writePid(channel);
            return new StoreLock(turn, channel, lock);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            throw new StoreException("stopped while waiting to change the store '" + dir + "'", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("the store '" + dir + "' cannot be locked for writing: " + e.getMessage(), e);
        } catch (StoreException | RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static Path realFolder(Path storeDir) throws StoreException {
        try {
            return storeDir.toRealPath();
        } catch (NoSuchFileException e) {
            throw new StoreException("the store folder '" + storeDir + "' does not exist", e);
        } catch (IOException e) {
            throw new StoreException("the store folder '" + storeDir + "' cannot be opened: " + e.getMessage(), e);
        }
    }

    /** Opens the lock file without following a link, and refuses one that is not a plain file. */
    private static FileChannel open(Path file) throws StoreException {
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    && !Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
                throw new StoreException("'" + file + "' is not a plain file (a link, a folder or a pipe?): Dossier "
                        + "keeps its lock there; remove it and try again");
            }
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new StoreException("the store cannot be locked for writing: '" + file + "' cannot be opened ("
                    + e.getMessage() + ")", e);
        }
    }

    /** The lock, or null when another process holds it (or, outside this class, another part of this one). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void writePid(FileChannel channel) throws IOException {
        channel.truncate(0);
        ByteBuffer pid = ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII));
        while (pid.hasRemaining()) {
            channel.write(pid, pid.position());
        }
    }

    /** "another Dossier (pid 4711)", from what the holder wrote into the lock file. */
    private static String holder(FileChannel channel) {
        ByteBuffer bytes = ByteBuffer.allocate(32);
        try {
            channel.read(bytes, 0);
        } catch (IOException e) {
            return "another Dossier";
        }
        String pid = new String(bytes.array(), 0, bytes.position(), StandardCharsets.US_ASCII).strip();
        return pid.matches("\\d{1,19}") ? "another Dossier (pid " + pid + ")" : "another Dossier";
    }

    private static String waiting(String holder) {
        return "the store is being changed by " + holder + ": waiting…";
    }

    private static StoreException gaveUp(Path dir, String holder, Duration waited) {
        String time = waited.toMillis() < 1000 ? waited.toMillis() + " ms" : waited.toSeconds() + " s";
        return new StoreException("the store '" + dir + "' is being changed by " + holder + "; gave up after waiting "
                + time + ". Try again when it is done.");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing releases whatever this channel held; there is nothing else to undo.
            LOG.log(System.Logger.Level.DEBUG, "closing the lock file failed", e);
        }
    }

    /** Releases the lock: the next writer, in this process or another, may go ahead. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } catch (IOException e) {
            // The channel's close below releases it as well.
            LOG.log(System.Logger.Level.DEBUG, "releasing the store lock failed; closing its file releases it", e);
        } finally {
            closeQuietly(channel);
            turn.release();
        }
    }
}
