package org.dossier.bench;

/** Where results of timed work go that nothing else needs, so that the JIT cannot leave the work out. */
final class Sink {

    @SuppressWarnings("unused")
    private static volatile long last;

    private Sink() {
    }

    static void keep(long value) {
        last = value;
    }
}
