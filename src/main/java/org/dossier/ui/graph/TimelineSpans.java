package org.dossier.ui.graph;

import java.time.LocalDate;
import org.dossier.graph.Timeline;
import org.dossier.model.KnowledgeBase;
import org.dossier.model.Relation;

/**
 * How far each item of the timeline reaches on the axis, and what its label says of its dates. A date spans what it
 * means (a year a year, a day a day); the start of a relation spans the time it held: to its end when the sources
 * give one, and to today when they do not ("since 2022" had been drawn as the year 2022 alone).
 */
final class TimelineSpans {

    /**
     * @param from  the first day covered
     * @param until the day after the last one covered
     * @param open  whether the span runs on to today, its end not known
     */
    record Span(LocalDate from, LocalDate until, boolean open, String when) {
    }

    private TimelineSpans() {
    }

    static Span of(Timeline.Item item, KnowledgeBase kb, LocalDate today) {
        LocalDate from = item.date().earliest();
        LocalDate own = item.date().latest().plusDays(1);
        String shown = item.date().display();
        Relation relation = item.type() == Timeline.Type.RELATION && item.what().equals("start")
                ? kb.relations().stream().filter(r -> r.id().equals(item.id())).findFirst().orElse(null) : null;
        if (relation == null) {
            String what = item.what().equals("date") || item.what().equals("published") ? "" : ", " + item.what();
            return new Span(from, own, false, shown + what);
        }
        if (relation.end() != null) {
            LocalDate end = relation.end().latest().plusDays(1);
            return new Span(from, end.isAfter(own) ? end : own, false, "from " + shown + " to " + relation.end().display());
        }
        LocalDate tomorrow = today.plusDays(1);
        return new Span(from, tomorrow.isAfter(own) ? tomorrow : own, true, "since " + shown);
    }
}
