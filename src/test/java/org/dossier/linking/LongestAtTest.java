package org.dossier.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LongestAtTest {

    @Test
    void each_offset_keeps_the_entities_of_its_longest_forms_whatever_the_order_they_came_in() {
        LongestAt.Builder builder = new LongestAt.Builder();
        builder.add(40, 7, "ukraine");
        builder.add(10, 6, "armed-forces");
        builder.add(10, 22, "armed-forces-of-ukraine");
        builder.add(40, 7, "ukraine");
        builder.add(40, 7, "ukraine-city");
        builder.add(40, 3, "short");
        LongestAt index = builder.build();

        assertEquals(Set.of("armed-forces-of-ukraine"), index.get(10));
        assertEquals(Set.of("ukraine", "ukraine-city"), index.get(40));
        assertNull(index.get(11));
        assertNull(index.get(0));
        assertNull(index.get(1_000));
    }

    @Test
    void grows_past_its_first_arrays_and_finds_every_offset() {
        LongestAt.Builder builder = new LongestAt.Builder();
        for (int i = 99_999; i >= 0; i--) {
            builder.add(i * 3, 2, i % 2 == 0 ? "even" : "odd");
        }
        LongestAt index = builder.build();
        for (int i = 0; i < 100_000; i++) {
            assertEquals(Set.of(i % 2 == 0 ? "even" : "odd"), index.get(i * 3));
            assertNull(index.get(i * 3 + 1));
        }
    }
}
