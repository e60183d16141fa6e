package org.dossier.bench;

/** Wall-clock time in milliseconds, from {@link System#nanoTime()}. */
final class Millis {

    private Millis() {
    }

    static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
