package org.dossier.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Summaries of timing samples. The median is the middle sample (the mean of the two middle ones for an even
 * count); other percentiles are by nearest rank, so that every figure reported is one that was measured.
 */
public final class Percentiles {

    private final List<Double> sorted;

    private Percentiles(List<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        List<Double> copy = new ArrayList<>(samples);
        Collections.sort(copy);
        this.sorted = List.copyOf(copy);
    }

    public static Percentiles of(List<Double> samples) {
        return new Percentiles(samples);
    }

    public double median() {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The sample at fraction {@code p} (0 &lt; p ≤ 1) by nearest rank: p95 of 30 samples is the 29th smallest. */
    public double at(double p) {
        return sorted.get(nearestRank(sorted.size(), p));
    }

    /** The index, in a sorted list of {@code n}, of the item at fraction {@code p} by nearest rank. */
    public static int nearestRank(int n, double p) {
        if (n == 0 || p <= 0 || p > 1) {
            throw new IllegalArgumentException("no item at " + p + " of " + n);
        }
        return (int) Math.ceil(p * n) - 1;
    }
}
