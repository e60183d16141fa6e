package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.dossier.model.PartialDate.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    private static final String NOT_ISO = "' is not an ISO-8601 date (expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD)";

    @Test
    void a_year_is_parsed_at_year_precision() {
        PartialDate d = PartialDate.parse("2022");
        assertEquals(Precision.YEAR, d.precision());
        assertEquals(2022, d.year());
        assertNull(d.month());
        assertNull(d.day());
    }

    @Test
    void a_month_is_parsed_at_month_precision() {
        PartialDate d = PartialDate.parse("2024-02");
        assertEquals(Precision.MONTH, d.precision());
        assertEquals(2024, d.year());
        assertEquals(2, d.month());
        assertNull(d.day());
    }

    @Test
    void a_day_is_parsed_at_day_precision() {
        PartialDate d = PartialDate.parse("2024-02-29");
        assertEquals(Precision.DAY, d.precision());
        assertEquals(29, d.day());
    }

    @Test
    void a_day_without_year_is_parsed_as_month_day() {
        PartialDate d = PartialDate.parse("--06-21");
        assertEquals(Precision.MONTH_DAY, d.precision());
        assertNull(d.year());
        assertEquals(6, d.month());
        assertEquals(21, d.day());
    }

    @Test
    void february_29_without_year_is_valid_because_some_years_have_it() {
        assertEquals(29, PartialDate.parse("--02-29").day());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022", "2024-02", "2024-02-16", "--06-21", "0999"})
    void iso_gives_back_the_text_parsed(String text) {
        assertEquals(text, PartialDate.parse(text).iso());
        assertEquals(text, PartialDate.parse(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-13|'2024-13' has month 13, which is not 01 to 12",
        "2024-00-10|'2024-00-10' has month 00, which is not 01 to 12",
        "--13-01|'--13-01' has month 13, which is not 01 to 12",
        "2023-02-29|'2023-02-29' has no such day in that month",
        "2024-04-31|'2024-04-31' has no such day in that month",
        "2024-01-00|'2024-01-00' has no such day in that month",
        "--02-30|'--02-30' has no such day in that month",
    })
    void an_impossible_month_or_day_is_refused_saying_which(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"24", "2024-6", "June 2024", "21 June", "2024/06/21", "2024-06-21T10:00", " 2024",
            "--0621", "-06-21", "", "２０２４"})
    void text_in_another_form_is_refused_with_the_forms_expected(String text) {
        assertEquals("'" + text + NOT_ISO,
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text)).getMessage());
    }

    @Test
    void dates_sort_chronologically_less_precise_first_and_without_year_last() {
        List<PartialDate> sorted = dates("2021", "2022", "2022-01", "2022-01-01", "2022-01-02", "2022-02",
                "2023-12-31", "--01-01", "--06-21");
        List<PartialDate> shuffled = new ArrayList<>(sorted);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertEquals(sorted, shuffled);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2022|2022",
        "2024-02|February 2024",
        "2024-02-16|16 February 2024",
        "--06-21|21 June (year not given)",
    })
    void display_says_the_date_in_words_at_its_precision(String iso, String words) {
        assertEquals(words, PartialDate.parse(iso).display());
    }

    @ParameterizedTest
    @CsvSource({
        "2022, 2022-01-01, 2022-12-31",
        "2024-02, 2024-02-01, 2024-02-29",
        "2023-02, 2023-02-01, 2023-02-28",
        "2024-06-21, 2024-06-21, 2024-06-21",
    })
    void earliest_and_latest_span_the_days_the_date_can_mean(String iso, String earliest, String latest) {
        PartialDate d = PartialDate.parse(iso);
        assertEquals(LocalDate.parse(earliest), d.earliest());
        assertEquals(LocalDate.parse(latest), d.latest());
    }

    @Test
    void a_date_without_year_has_no_earliest_or_latest_day() {
        assertNull(PartialDate.parse("--06-21").earliest());
        assertNull(PartialDate.parse("--06-21").latest());
    }

    @Test
    void equal_text_gives_equal_dates_and_another_precision_does_not() {
        assertEquals(PartialDate.parse("2024-02"), PartialDate.parse("2024-02"));
        assertEquals(PartialDate.parse("2024-02").hashCode(), PartialDate.parse("2024-02").hashCode());
        assertNotEquals(PartialDate.parse("2024"), PartialDate.parse("2024-01"));
        assertTrue(PartialDate.parse("2024").compareTo(PartialDate.parse("2024-01")) < 0);
    }

    private static List<PartialDate> dates(String... texts) {
        return Arrays.stream(texts).map(PartialDate::parse).toList();
    }
}
