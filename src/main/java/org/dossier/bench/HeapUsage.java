package org.dossier.bench;

import java.lang.management.ManagementFactory;

/** The heap in use once the garbage is collected: what the objects still referenced take. */
final class HeapUsage {

    private static final int COLLECTIONS = 3;

    private HeapUsage() {
    }

    /** Used heap in MB after a few full collections (one may leave objects that only a later one frees). */
    static double usedMegabytes() {
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (double) (1 << 20);
    }

    /** Collects the benchmark's own garbage (an earlier run's store) so that it is not charged to the next run. */
    static void settle() {
        System.gc();
    }
}
