package org.dossier.bench;

import java.util.List;

/**
 * Everything one benchmark run measured on one store, in one process. Times in milliseconds, sizes in MB
 * (2^20 bytes).
 *
 * @param problems        how many problems loading the store reported (it is measured all the same)
 * @param storeMb         the size of every file in the store folder
 * @param rawParseRunsMs  reading and parsing the store's JSON files into plain trees, each run
 * @param loadRunsMs      {@link org.dossier.store.StoreReader#load} (model, indexes, validation), each run
 * @param heapMb          the heap in use after loading and collecting garbage, with the store still referenced
 */
public record BenchFigures(int articles, int entities, int relations, int mentions, int problems, double storeMb,
                           int cores, double maxHeapMb, List<Double> rawParseRunsMs, List<Double> loadRunsMs,
                           double heapMb, SearchFigures search, RenderFigures render) {

    public BenchFigures {
        rawParseRunsMs = List.copyOf(rawParseRunsMs);
        loadRunsMs = List.copyOf(loadRunsMs);
    }

    /** The median raw parse: the floor under loading. */
    public double rawParseMs() {
        return Percentiles.of(rawParseRunsMs).median();
    }

    public double loadMs() {
        return Percentiles.of(loadRunsMs).median();
    }

    /** How many times the floor loading takes (medians). */
    public double loadRatio() {
        return loadMs() / rawParseMs();
    }
}
