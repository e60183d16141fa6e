package org.dossier.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dossier.graph.Timeline;
import org.dossier.model.KnowledgeBase;
import org.dossier.store.StoreReader;
import org.junit.jupiter.api.Test;

/** Each item of the seed store's timeline reaches as far as its dates mean. */
class TimelineSpansTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final KnowledgeBase kb = StoreReader.load(Path.of("data")).knowledgeBase();

    private TimelineSpans.Span spanOf(String what, String labelStart) {
        Timeline.Item item = Timeline.of(kb, "denmark").stream()
                .filter(i -> i.what().equals(what) && i.label().startsWith(labelStart)).findFirst().orElseThrow();
        return TimelineSpans.of(item, kb, TODAY);
    }

    @Test
    void a_relation_that_started_in_2022_and_has_no_end_runs_to_today() {
        TimelineSpans.Span since = spanOf("start", "Denmark — supports — Ukraine");
        assertEquals(LocalDate.of(2022, 1, 1), since.from());
        assertEquals(TODAY.plusDays(1), since.until());
        assertTrue(since.open());
        assertEquals("since 2022", since.when());
    }

    @Test
    void a_dated_fact_spans_its_month_and_says_what_it_dates() {
        TimelineSpans.Span signed = spanOf("signed", "Denmark–Ukraine 10-year bilateral security agreement");
        assertEquals(LocalDate.of(2024, 2, 1), signed.from());
        assertEquals(LocalDate.of(2024, 3, 1), signed.until());
        assertFalse(signed.open());
        assertEquals("February 2024, signed", signed.when());
    }
}
