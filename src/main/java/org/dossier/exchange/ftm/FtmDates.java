package org.dossier.exchange.ftm;

import org.dossier.model.PartialDate;

/**
 * Dates in FtM's form. FtM dates are prefixes of ISO 8601 ({@code 2022}, {@code 2022-06}, {@code 2022-06-21}), as
 * Dossier's are, so a date keeps its precision. A Dossier date without a year ({@code --06-21}) has no FtM form:
 * FtM would read it as nothing, and filling in a year would say what the text does not. It is left out of the date
 * property and kept, in words, in the entity's notes (an edge's summary), so that nothing is lost.
 */
final class FtmDates {

    private FtmDates() {
    }

    /** The date in FtM's form, or null for a date without a year (and for none). */
    static String of(PartialDate date) {
        return date == null || date.year() == null ? null : date.iso();
    }

    /** The note that keeps a date FtM cannot hold: "date: --06-21 (21 June; the text gives no year)". */
    static String note(String what, PartialDate date) {
        return what + ": " + date.iso() + " (" + date.day() + " " + java.time.Month.of(date.month()).getDisplayName(
                java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + "; the text gives no year, and an FtM date needs one)";
    }
}
