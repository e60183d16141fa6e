package org.dossier.store;

/**
 * Whether this Java has the memory to take in a file of a given size, asked before reading it: a file that would
 * run the heap out is refused with its size and the limit, rather than ending the program in an
 * {@link OutOfMemoryError} half-way through.
 */
final class MemoryBudget {

    private static final long MB = 1024 * 1024;

    private MemoryBudget() {
    }

    /**
     * Why {@code bytes} of file, costing {@code factor} times their size in memory while they are read and worked
     * on, do not fit into the heap now; null when they do.
     */
    static String whyNotAffordable(long bytes, int factor) {
        long need = bytes * factor;
        if (need <= headroom()) {
            return null;
        }
        // What the heap holds may be mostly garbage: ask for a collection once, only in this rare case.
        System.gc();
        long free = headroom();
        if (need <= free) {
            return null;
        }
        long max = Runtime.getRuntime().maxMemory();
        return "reading it would take about " + size(need) + " of memory (" + size(bytes) + " × " + factor
                + ") and only " + size(free) + " is free (the most this Java may use is " + size(max) + "); split "
                + "the file, or give Dossier more memory (java -Xmx" + gigabytes(max - free + need) + "g …)";
    }

    /** The heap not in use now, up to the most it may grow to. */
    private static long headroom() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    /** Whole gigabytes, rounded up: what to ask for with -Xmx. */
    private static long gigabytes(long bytes) {
        return Math.max(1, (bytes + 1024 * MB - 1) / (1024 * MB));
    }

    /** "190 MB", "1.9 GB". */
    static String size(long bytes) {
        if (bytes >= 1024 * MB) {
            return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (1024.0 * MB));
        }
        return Math.max(1, (bytes + MB / 2) / MB) + " MB";
    }
}
