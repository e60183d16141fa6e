package org.dossier.graph;

import java.time.LocalDate;
import org.dossier.model.PartialDate;
import org.dossier.model.Relation;

/** Whether a relation held on a given day, judged only by the dates the sources give. */
public final class AsOf {

    /** The answer: it held, it did not, or the sources give it no date to judge by. */
    public enum Holds { YES, NO, UNDATED }

    private AsOf() {
    }

    /**
     * A relation with a start or end holds from the first day its start can mean to the last day its end can
     * mean; one with only a date holds from that date on; one with no date with a year is undated.
     */
    public static Holds on(Relation r, LocalDate day) {
        PartialDate from = r.start() != null ? r.start() : r.date();
        PartialDate to = r.end();
        boolean fromKnown = from != null && from.year() != null;
        boolean toKnown = to != null && to.year() != null;
        if (!fromKnown && !toKnown) {
            return Holds.UNDATED;
        }
        if (fromKnown && day.isBefore(from.earliest())) {
            return Holds.NO;
        }
        if (toKnown && day.isAfter(to.latest())) {
            return Holds.NO;
        }
        return Holds.YES;
    }
}
