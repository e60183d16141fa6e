package org.dossier.discovery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.PartialDate;

/**
 * The date a sentence gives an event, at the precision that is honest. Written dates keep theirs ("24 February
 * 2022", "March 2022", "in 2021"); a day and month without year take the article's year only when that day is not
 * after the article's date (press releases report what happened, not what will); "today" is the article's date;
 * "yesterday" the day before it; a weekday ("on Monday") says only that it was in the week before, so it gives the
 * article's month when that week lies in one month, its year when in one year, and nothing otherwise.
 */
final class SentenceDates {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? (\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",? (\\d{4})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) " + MONTH + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + " (\\d{1,2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|of) ((?:19|20)\\d\\d)\\b");
    private static final Pattern TODAY = Pattern.compile("\\b(?:today|this morning|this evening|tonight)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YESTERDAY = Pattern.compile("\\byesterday\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile("\\b[Oo]n (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    private SentenceDates() {
    }

    /** The date {@code sentence} gives, with {@code articleDate} (may be null) for relative words; null if none. */
    static PartialDate in(String sentence, PartialDate articleDate) {
        Matcher m = DAY_MONTH_YEAR.matcher(sentence);
        if (m.find()) {
            return day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(sentence);
        if (m.find()) {
            return day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = MONTH_YEAR.matcher(sentence);
        if (m.find()) {
            return PartialDate.parse(String.format("%04d-%02d", Integer.parseInt(m.group(2)), month(m.group(1))));
        }
        m = DAY_MONTH.matcher(sentence);
        if (m.find()) {
            return withoutYear(month(m.group(2)), Integer.parseInt(m.group(1)), articleDate);
        }
        m = MONTH_DAY.matcher(sentence);
        if (m.find()) {
            return withoutYear(month(m.group(1)), Integer.parseInt(m.group(2)), articleDate);
        }
        m = YEAR.matcher(sentence);
        if (m.find()) {
            return PartialDate.parse(m.group(1));
        }
        return relative(sentence, articleDate);
    }

    private static PartialDate relative(String sentence, PartialDate articleDate) {
        if (articleDate == null) {
            return null;
        }
        if (TODAY.matcher(sentence).find()) {
            return articleDate;
        }
        boolean exact = articleDate.precision() == PartialDate.Precision.DAY;
        if (exact && YESTERDAY.matcher(sentence).find()) {
            return PartialDate.parse(articleDate.earliest().minusDays(1).toString());
        }
        Matcher weekday = WEEKDAY.matcher(sentence);
        if (exact && weekday.find()) {
            LocalDate published = articleDate.earliest();
            DayOfWeek day = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
            LocalDate weekBefore = published.minusDays(6);
            if (weekBefore.getMonth() == published.getMonth() && weekBefore.getYear() == published.getYear()) {
                return PartialDate.parse(String.format("%04d-%02d", published.getYear(), published.getMonthValue()));
            }
            return weekBefore.getYear() == published.getYear() && day != null
                    ? PartialDate.parse(Integer.toString(published.getYear())) : null;
        }
        return null;
    }

    private static PartialDate withoutYear(int month, int day, PartialDate articleDate) {
        if (day < 1 || day > java.time.Month.of(month).maxLength()) {
            return null;
        }
        if (articleDate != null && articleDate.precision() == PartialDate.Precision.DAY) {
            LocalDate published = articleDate.earliest();
            if (month < published.getMonthValue() || (month == published.getMonthValue() && day <= published.getDayOfMonth())) {
                return day(published.getYear(), month, day);
            }
        }
        return PartialDate.parse(String.format("--%02d-%02d", month, day));
    }

    private static PartialDate day(int year, int month, int day) {
        try {
            return PartialDate.parse(String.format("%04d-%02d-%02d", year, month, day));
        } catch (IllegalArgumentException e) {
            return null; // "31 February": not a date, so no date
        }
    }

    private static int month(String name) {
        return java.time.Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }
}
