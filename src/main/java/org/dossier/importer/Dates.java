package org.dossier.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.PartialDate;

/**
 * Publication dates as files write them, kept at the precision they give. A time of day is dropped and never
 * converted to another zone: "2022-02-24T23:30:00Z" is 24 February, since such feeds often write local times
 * with a "Z" they do not mean.
 */
final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?(?:[T ].*)?");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    /** "24 February 2022", "Thu, 24 Feb 2022 10:00:00 GMT". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
    /** "February 24, 2022". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? (\\d{4})\\b");

    private Dates() {
    }

    /** The date the text gives, at its precision, or null when it gives none that is valid. */
    static PartialDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        String lower = t.toLowerCase(Locale.ROOT);
        Matcher dmy = DAY_MONTH_YEAR.matcher(lower);
        if (dmy.find()) {
            return date(dmy.group(3), month(dmy.group(2)), dmy.group(1));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(lower);
        if (mdy.find()) {
            return date(mdy.group(3), month(mdy.group(1)), mdy.group(2));
        }
        return null;
    }

    /** The text when it holds something but no readable date (to be reported), else null. */
    static String unreadable(String text, PartialDate parsed) {
        return parsed == null && text != null && !text.isBlank() ? text.strip() : null;
    }

    private static String month(String name) {
        return Integer.toString(MONTHS.indexOf(name) + 1);
    }

    private static PartialDate date(String year, String month, String day) {
        StringBuilder iso = new StringBuilder(year);
        if (month != null) {
            iso.append('-').append(twoDigits(month));
            if (day != null) {
                iso.append('-').append(twoDigits(day));
            }
        }
        try {
            return PartialDate.parse(iso.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String twoDigits(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
