package org.dossier.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Property-based testing on plain JUnit 5: a property is checked against many samples, each made by a generator
 * from a seed of its own. A failing sample is reported with its seed, and the same seed always makes the same
 * sample, so a failure is replayed exactly with {@code -Ddossier.seed=SEED}: the run then starts from that seed.
 * Each run otherwise starts from a new seed, so that runs go on exploring. {@code -Ddossier.tries=N} overrides
 * the number of samples of every property (for a long search on a quiet machine).
 *
 * <p>Not jqwik, the usual library for this: from version 1.10 its maintainers ask that it not be used with AI
 * coding agents, which write much of this project. There is no shrinking: generators keep samples small enough
 * to read in the failure message.
 */
public final class PropertyCheck {

    /** Makes one sample from a source of randomness; the same source state always makes the same sample. */
    @FunctionalInterface
    public interface Generator<T> {
        T next(SplittableRandom random);
    }

    /** What must hold for every sample: throws (an assertion error or anything else) when it does not. */
    @FunctionalInterface
    public interface Property<T> {
        void check(T sample) throws Exception;
    }

    /** What must hold for every sample, given a new empty folder of its own to work in. */
    @FunctionalInterface
    public interface PropertyInFolder<T> {
        void check(T sample, Path folder) throws Exception;
    }

    private static final int SHOWN = 600;

    private PropertyCheck() {
    }

    /** Checks the property on {@code tries} samples (or {@code -Ddossier.tries}), stopping at the first failure. */
    public static <T> void forAll(int tries, Generator<T> generator, Property<T> property) {
        String given = System.getProperty("dossier.seed");
        long first = given == null ? new SecureRandom().nextLong() : Long.parseLong(given);
        int count = Integer.getInteger("dossier.tries", tries);
        for (int i = 0; i < count; i++) {
            long seed = first + i;
            T sample = generator.next(new SplittableRandom(seed));
            try {
                property.check(sample);
            } catch (Exception | AssertionError failure) {
                throw new AssertionError("falsified by sample " + (i + 1) + " of " + count + ", seed " + seed
                        + " (replay it first with -Ddossier.seed=" + seed + "): " + shown(sample), failure);
            }
        }
    }

    /** As {@link #forAll}, each sample with a new folder under {@code root} (a test's temporary folder). */
    public static <T> void forAllIn(Path root, int tries, Generator<T> generator, PropertyInFolder<T> property) {
        AtomicInteger samples = new AtomicInteger();
        forAll(tries, generator, sample ->
                property.check(sample, Files.createDirectories(root.resolve("sample" + samples.incrementAndGet()))));
    }

    /** The sample as text, short and on one line, with control characters visible. */
    private static String shown(Object sample) {
        String text = String.valueOf(sample);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < SHOWN; i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.length() < SHOWN ? out.toString() : out + "… (" + text.length() + " characters)";
    }
}
