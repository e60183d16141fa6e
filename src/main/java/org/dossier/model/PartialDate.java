package org.dossier.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 calendar date that keeps the precision the source gave: a year ({@code 2022}), a month
 * ({@code 2024-02}), a day ({@code 2024-02-16}), or a day whose year the text does not state
 * ({@code --06-21}, ISO-8601's reduced form without year). Nothing is ever filled in.
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY, MONTH_DAY }

    private static final Pattern FULL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-(\\d{2})");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private final Integer year;
    private final Integer month;
    private final Integer day;
    private final Precision precision;
    /**
     * Year, month, day and precision in one number, so that sorting 50,000 articles by date compares longs:
     * no year sorts last, a missing month or day counts as 0 (before the first), then the precision.
     */
    private final long order;

    private PartialDate(Integer year, Integer month, Integer day, Precision precision) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.precision = precision;
        long y = year == null ? Integer.MAX_VALUE : year;
        this.order = (((y * 13 + (month == null ? 0 : month)) * 32 + (day == null ? 0 : day)) * 8) + precision.ordinal();
    }

    /**
     * Parses an ISO-8601 date at year, month or day precision, or a month-day without year.
     *
     * @throws IllegalArgumentException with a sentence a user can act on
     */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher full = FULL.matcher(text);
        if (full.matches()) {
            int y = Integer.parseInt(full.group(1));
            if (full.group(2) == null) {
                return new PartialDate(y, null, null, Precision.YEAR);
            }
            int m = month(full.group(2), text);
            if (full.group(3) == null) {
                return new PartialDate(y, m, null, Precision.MONTH);
            }
            int d = Integer.parseInt(full.group(3));
            if (d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
                throw new IllegalArgumentException("'" + text + "' has no such day in that month");
            }
            return new PartialDate(y, m, d, Precision.DAY);
        }
        Matcher noYear = NO_YEAR.matcher(text);
        if (noYear.matches()) {
            int m = month(noYear.group(1), text);
            int d = Integer.parseInt(noYear.group(2));
            if (d < 1 || d > java.time.Month.of(m).maxLength()) {
                throw new IllegalArgumentException("'" + text + "' has no such day in that month");
            }
            return new PartialDate(null, m, d, Precision.MONTH_DAY);
        }
        throw new IllegalArgumentException("'" + text
                + "' is not an ISO-8601 date (expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD)");
    }

    private static int month(String digits, String whole) {
        int m = Integer.parseInt(digits);
        if (m < 1 || m > 12) {
            throw new IllegalArgumentException("'" + whole + "' has month " + digits + ", which is not 01 to 12");
        }
        return m;
    }

    public Precision precision() {
        return precision;
    }

    /** The year, or null when the source does not give one. */
    public Integer year() {
        return year;
    }

    public Integer month() {
        return month;
    }

    public Integer day() {
        return day;
    }

    /** The first day this date can mean (null for a date without year). */
    public LocalDate earliest() {
        if (year == null) {
            return null;
        }
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day this date can mean (null for a date without year). */
    public LocalDate latest() {
        if (year == null) {
            return null;
        }
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** The ISO-8601 text this date was parsed from. */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH_DAY -> String.format("--%02d-%02d", month, day);
        };
    }

    /** The date in words, at its precision: "2022", "February 2024", "16 February 2024", "21 June (year not given)". */
    public String display() {
        return switch (precision) {
            case YEAR -> Integer.toString(year);
            case MONTH -> MONTHS[month - 1] + " " + year;
            case DAY -> day + " " + MONTHS[month - 1] + " " + year;
            case MONTH_DAY -> day + " " + MONTHS[month - 1] + " (year not given)";
        };
    }

    /** Chronological order; less precise dates sort before more precise ones that start on the same day; no year sorts last. */
    @Override
    public int compareTo(PartialDate other) {
        return Long.compare(order, other.order);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate d && Objects.equals(year, d.year) && Objects.equals(month, d.month)
                && Objects.equals(day, d.day) && precision == d.precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day, precision);
    }

    @Override
    public String toString() {
        return iso();
    }
}
