package org.dossier.ui.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.KnowledgeBase.MentionSummary;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.junit.jupiter.api.Test;

class MentionOrderTest {

    private static final Mention FIRST = new Mention("x", 0, 0, 1, "X");

    private static MentionSummary summary(String title, String date, int count) {
        Article a = new Article(title.toLowerCase().replace(' ', '-'), title, "", null,
                date == null ? null : PartialDate.parse(date), List.of("X"), List.of(FIRST));
        return new MentionSummary(a, count, FIRST);
    }

    private static final List<MentionSummary> SUMMARIES = List.of(
            summary("Undated", null, 3),
            summary("No year", "--06-21", 3),
            summary("Old", "2019-05-01", 3),
            summary("Old month", "2019-05", 3),
            summary("Newer", "2024-02", 1),
            summary("Newest", "2024-03-01", 1),
            summary("beta", "2021", 9),
            summary("Alpha", "2021", 9));

    private static List<String> titles(MentionOrder order) {
        return order.sort(SUMMARIES).stream().map(m -> m.article().title()).toList();
    }

    @Test
    void most_mentions_first_then_the_newest_then_by_title() {
        assertEquals(List.of("Alpha", "beta", "Old", "Old month", "No year", "Undated", "Newest", "Newer"),
                titles(MentionOrder.MOST_MENTIONS));
    }

    @Test
    void newest_first_puts_articles_that_cannot_be_placed_in_time_last() {
        assertEquals(List.of("Newest", "Newer", "Alpha", "beta", "Old", "Old month", "No year", "Undated"),
                titles(MentionOrder.NEWEST));
    }

    @Test
    void oldest_first_also_puts_them_last() {
        assertEquals(List.of("Old month", "Old", "Alpha", "beta", "Newer", "Newest", "No year", "Undated"),
                titles(MentionOrder.OLDEST));
    }

    @Test
    void title_ignores_case() {
        assertEquals(List.of("Alpha", "beta", "Newer", "Newest", "No year", "Old", "Old month", "Undated"),
                titles(MentionOrder.TITLE));
    }

    @Test
    void the_date_orders_agree_with_partial_dates_own_order() {
        List<String> dates = List.of("2024-02-16", "2024", "2023-12-31", "2024-02", "2024-01-01", "1999-12",
                "2024-02-01");
        List<MentionSummary> summaries = dates.stream().map(d -> summary("On " + d, d, 1)).toList();
        List<String> expected = dates.stream().map(PartialDate::parse).sorted().map(d -> "On " + d.iso()).toList();
        assertEquals(expected, MentionOrder.OLDEST.sort(summaries).stream().map(m -> m.article().title()).toList());
    }
}
