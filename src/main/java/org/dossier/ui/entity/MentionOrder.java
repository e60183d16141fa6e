package org.dossier.ui.entity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.dossier.model.KnowledgeBase.MentionSummary;
import org.dossier.model.PartialDate;

/**
 * The orders of an entity's "Mentioned in" list. Articles without a date, or with a day whose year is not given,
 * come last in both date orders: nothing says when they were published. Ties fall back to the title, then the id,
 * so that an order is the same every time it is chosen.
 */
enum MentionOrder {
    MOST_MENTIONS("Most mentions",
            Comparator.comparingInt((Keyed k) -> -k.summary().count()).thenComparing(byDate(true))),
    NEWEST("Newest first", byDate(true)),
    OLDEST("Oldest first", byDate(false)),
    TITLE("Title", (a, b) -> 0);

    /** A summary with its date as one number, worked out once rather than at each of n log n comparisons. */
    private record Keyed(MentionSummary summary, boolean undated, long date) {
        static Keyed of(MentionSummary m) {
            PartialDate d = m.article().date();
            boolean undated = d == null || d.year() == null;
            return new Keyed(m, undated, undated ? 0 : key(d));
        }

        /** Ascending as PartialDate's own order: year, month, day, then the less precise first. */
        private static long key(PartialDate d) {
            int month = d.month() == null ? 0 : d.month();
            int day = d.day() == null ? 0 : d.day();
            return (((long) d.year() * 13 + month) * 32 + day) * 4 + d.precision().ordinal();
        }
    }

    private final String label;
    private final Comparator<Keyed> comparator;

    MentionOrder(String label, Comparator<Keyed> comparator) {
        this.label = label;
        this.comparator = comparator
                .thenComparing((Keyed k) -> k.summary().article().title(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(k -> k.summary().article().id());
    }

    /** The summaries in this order, as a new list. */
    List<MentionSummary> sort(List<MentionSummary> mentions) {
        Keyed[] keyed = mentions.stream().map(Keyed::of).toArray(Keyed[]::new);
        Arrays.sort(keyed, comparator);
        return Arrays.stream(keyed).map(Keyed::summary).toList();
    }

    private static Comparator<Keyed> byDate(boolean newestFirst) {
        return (a, b) -> a.undated() != b.undated() ? (a.undated() ? 1 : -1)
                : newestFirst ? Long.compare(b.date(), a.date()) : Long.compare(a.date(), b.date());
    }

    @Override
    public String toString() {
        return label;
    }
}
