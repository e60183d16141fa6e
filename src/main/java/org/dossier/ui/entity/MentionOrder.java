package org.dossier.ui.entity;

import java.util.Arrays;
import java.util.List;
import org.dossier.model.KnowledgeBase.MentionSummary;
import org.dossier.model.PartialDate;

/**
 * The orders of an entity's "Mentioned in" list. Articles without a date, or with a day whose year is not given,
 * come last in both date orders: nothing says when they were published. Ties fall back to the title, ignoring
 * case, then the id, so that an order is the same every time it is chosen.
 */
enum MentionOrder {
    MOST_MENTIONS("Most mentions"),
    NEWEST("Newest first"),
    OLDEST("Oldest first"),
    TITLE("Title");

    private final String label;

    MentionOrder(String label) {
        this.label = label;
    }

    /**
     * The summaries in this order, as a new list. It runs on the FX thread each time an entity's page opens, on up
     * to tens of thousands of summaries, so each one's sort keys are worked out once, not at each comparison.
     */
    List<MentionSummary> sort(List<MentionSummary> mentions) {
        Keyed[] keyed = mentions.stream().map(Keyed::of).toArray(Keyed[]::new);
        Arrays.sort(keyed, this::compare);
        return Arrays.stream(keyed).map(Keyed::summary).toList();
    }

    private int compare(Keyed a, Keyed b) {
        int c = switch (this) {
            case MOST_MENTIONS -> a.count() != b.count() ? Integer.compare(b.count(), a.count()) : byDate(a, b, true);
            case NEWEST -> byDate(a, b, true);
            case OLDEST -> byDate(a, b, false);
            case TITLE -> 0;
        };
        if (c == 0) {
            c = String.CASE_INSENSITIVE_ORDER.compare(a.summary().article().title(), b.summary().article().title());
        }
        return c != 0 ? c : a.summary().article().id().compareTo(b.summary().article().id());
    }

    private static int byDate(Keyed a, Keyed b, boolean newestFirst) {
        if (a.undated() != b.undated()) {
            return a.undated() ? 1 : -1;
        }
        return newestFirst ? Long.compare(b.date(), a.date()) : Long.compare(a.date(), b.date());
    }

    /** A summary with its sort keys; the date as one number. */
    private record Keyed(MentionSummary summary, int count, boolean undated, long date) {
        static Keyed of(MentionSummary m) {
            PartialDate d = m.article().date();
            boolean undated = d == null || d.year() == null;
            return new Keyed(m, m.count(), undated, undated ? 0 : key(d));
        }

        /** Ascending as PartialDate's own order: year, month, day, then the less precise first. */
        private static long key(PartialDate d) {
            int month = d.month() == null ? 0 : d.month();
            int day = d.day() == null ? 0 : d.day();
            return (((long) d.year() * 13 + month) * 32 + day) * 4 + d.precision().ordinal();
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
