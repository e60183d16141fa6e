package org.dossier.exchange;

/**
 * Told how an export or an entity-list import is going, from the thread that runs it, and asked whether to stop: a
 * JavaFX task passes the figures to its progress bar and answers with its Cancel button; the command line prints a
 * line now and then and never stops.
 */
public interface ExportProgress {

    ExportProgress NONE = new ExportProgress() {
        @Override
        public void update(long done, long total, String what) {
        }
    };

    /**
     * @param done  steps done so far (articles, entities, lines)
     * @param total all the steps, or 0 when not known
     * @param what  what is happening, for a person: "Writing articles"
     */
    void update(long done, long total, String what);

    /** Whether the person asked to stop; checked between steps. */
    default boolean cancelled() {
        return false;
    }

    /** Throws {@link Cancelled} when the person asked to stop. */
    default void checkCancelled() throws Cancelled {
        if (cancelled()) {
            throw new Cancelled();
        }
    }

    /** The work was stopped on request: nothing it would have written is left behind. */
    final class Cancelled extends Exception {
        public Cancelled() {
            super("cancelled");
        }
    }
}
