package org.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void the_median_is_the_middle_sample_or_the_mean_of_the_two_middle_ones() {
        assertEquals(3.0, Percentiles.of(List.of(9.0, 1.0, 3.0)).median());
        assertEquals(2.5, Percentiles.of(List.of(4.0, 1.0, 2.0, 3.0)).median());
        assertEquals(7.0, Percentiles.of(List.of(7.0)).median());
    }

    @Test
    void other_percentiles_are_by_nearest_rank_so_they_are_samples() {
        List<Double> thirty = new ArrayList<>();
        for (int i = 30; i >= 1; i--) {
            thirty.add((double) i);
        }
        Percentiles p = Percentiles.of(thirty);
        assertEquals(29.0, p.at(0.95), "p95 of 30 is the 29th smallest");
        assertEquals(15.0, p.at(0.50));
        assertEquals(30.0, p.at(1.0));
        assertEquals(1.0, p.at(0.01));
        assertEquals(94, Percentiles.nearestRank(100, 0.95));
    }

    @Test
    void no_samples_is_a_mistake() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(0, 0.5));
    }
}
