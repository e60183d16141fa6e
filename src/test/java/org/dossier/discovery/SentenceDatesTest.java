package org.dossier.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dossier.model.PartialDate;
import org.junit.jupiter.api.Test;

/** Dates in sentences at the precision that is honest. */
class SentenceDatesTest {

    private static final PartialDate PUBLISHED = PartialDate.parse("2022-03-16");

    private static String date(String sentence) {
        PartialDate d = SentenceDates.in(sentence, PUBLISHED);
        return d == null ? null : d.iso();
    }

    @Test
    void written_dates_keep_their_precision() {
        assertEquals("2022-02-24", date("On 24 February 2022 it began."));
        assertEquals("2021-11-10", date("On November 10, 2021 they met."));
        assertEquals("2021-08", date("In August 2021 the summit took place."));
        assertEquals("2014", date("The war began in 2014."));
    }

    @Test
    void a_day_without_year_takes_the_articles_year_only_when_it_is_not_after_the_article() {
        assertEquals("2022-03-14", date("On March 14 they spoke."));
        assertEquals("--12-01", date("On December 1 they will speak."));
    }

    @Test
    void relative_words_use_the_articles_date_as_far_as_it_is_honest() {
        assertEquals("2022-03-16", date("Today the leaders met."));
        assertEquals("2022-03-15", date("Yesterday the leaders met."));
        assertEquals("2022-03", date("The leaders met on Monday."));
        assertEquals("2022", SentenceDates.in("The leaders met on Monday.", PartialDate.parse("2022-03-02")).iso(),
                "the week before 2 March runs into February: only the year is sure");
        assertNull(SentenceDates.in("The leaders met on Monday.", PartialDate.parse("2022-01-03")));
        assertNull(SentenceDates.in("Today the leaders met.", null));
        assertNull(date("The leaders met."));
    }
}
