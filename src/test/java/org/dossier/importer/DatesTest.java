package org.dossier.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {

    private static String iso(String text) {
        return Dates.parse(text) == null ? null : Dates.parse(text).iso();
    }

    @Test
    void a_timestamp_keeps_its_day_as_written_whatever_the_zone() {
        assertEquals("2022-02-24", iso("2022-02-24T23:30:00Z"));
        assertEquals("2022-02-24", iso("2022-02-24T01:00:00+03:00"));
        assertEquals("2022-02-24", iso("2022-02-24 10:00"));
    }

    @Test
    void the_precision_given_is_kept() {
        assertEquals("2022", iso("2022"));
        assertEquals("2024-02", iso("2024-02"));
        assertEquals("2024-02-16", iso("2024/2/16"));
    }

    @Test
    void dates_in_words_are_read() {
        assertEquals("2024-02-16", iso("16 February 2024"));
        assertEquals("2024-02-16", iso("February 16, 2024"));
        assertEquals("2024-02-16", iso("Fri, 16 Feb 2024 10:00:00 GMT"));
    }

    @Test
    void no_date_is_guessed_from_what_is_not_one() {
        assertNull(Dates.parse(""));
        assertNull(Dates.parse("yesterday"));
        assertNull(Dates.parse("2024-13-01"));
        assertNull(Dates.parse("2023-02-29"));
    }
}
