package org.articleparser.core;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import org.articleparser.core.internal.DatelineParser;

/**
 * The wire dateline that opens an article's first paragraph: {@code "SEOUL (Reuters) —"},
 * {@code "Seoul, Sep 17:"}, {@code "WASHINGTON —"}.
 *
 * <p>{@link #parse(CharSequence)} recognises a dateline on its own, for use outside the article
 * parser:
 * <pre>{@code
 * Dateline d = Dateline.parse("LONDON, Jan 5 (Reuters) - Shares fell.").orElseThrow();
 * d.location();  // "LONDON"
 * d.date();      // "Jan 5"
 * d.agency();    // "Reuters"
 * d.monthDay();  // Optional[--01-05]
 * Dateline.parse("New Delhi [India], June 5 (ANI): The minister said.").orElseThrow().region();  // "India"
 * }</pre>
 *
 * <p>Recognised forms include {@code "CITY (AP) —"}, {@code "CITY, Region (Reuters) -"},
 * {@code "CITY, Jan 5 (Reuters) -"}, {@code "CITY, 12 June 2024 (dpa) -"}, {@code "(CNN)"},
 * {@code "City [Region], June 5 (ANI):"}, {@code "City, Sep 17:"} and {@code "CITY —"}, with a
 * hyphen, en dash, em dash, double hyphen or colon after them (none needed after an agency).
 * Labels ({@code "BREAKING:"}, {@code "Note:"}) and ordinary sentences are not datelines.
 *
 * @param text     the exact prefix cut from the paragraph, separator included; never null
 * @param location the place as written, or null
 * @param date     the date as written ({@code "Sep 17"}), or null
 * @param agency   the news agency ({@code "AP"}, {@code "Reuters"}), or null
 */
public record Dateline(String text, String location, String date, String agency) {

    /**
     * Checks that {@code text} is present.
     *
     * @param text     the prefix cut from the paragraph
     * @param location the place as written, or null
     * @param date     the date as written, or null
     * @param agency   the news agency, or null
     * @throws NullPointerException if {@code text} is null
     */
    public Dateline {
        Objects.requireNonNull(text, "text");
    }

    /**
     * Recognises the dateline that opens {@code paragraph}.
     *
     * @param paragraph the first paragraph of an article
     * @return the dateline, or empty when the paragraph does not open with one
     * @throws NullPointerException if {@code paragraph} is null
     */
    public static Optional<Dateline> parse(CharSequence paragraph) {
        Objects.requireNonNull(paragraph, "paragraph");
        return Optional.ofNullable(DatelineParser.parse(paragraph.toString()));
    }

    /**
     * The city: the location up to its first comma or bracket ({@code "KYIV"} in
     * {@code "KYIV, Ukraine"}, {@code "New Delhi"} in {@code "New Delhi [India]"}).
     *
     * @return the city as written, or null when no location is written
     * @since 0.2.0
     */
    public String city() {
        if (location == null) {
            return null;
        }
        int end = regionStart(location);
        return end < 0 ? location : location.substring(0, end);
    }

    /**
     * The region after the city: state, province or country as written, brackets removed
     * ({@code "Ukraine"} in {@code "KYIV, Ukraine"}, {@code "India"} in {@code "New Delhi [India]"}).
     *
     * @return the region, or null when the location names only a city or is absent
     * @since 0.2.0
     */
    public String region() {
        if (location == null) {
            return null;
        }
        int start = regionStart(location);
        if (start < 0) {
            return null;
        }
        String rest = location.substring(start).replace("[", "").replace("]", "").strip();
        if (rest.startsWith(",")) {
            rest = rest.substring(1).strip();
        }
        return rest.isEmpty() ? null : rest;
    }

    private static int regionStart(String location) {
        int comma = location.indexOf(", ");
        int bracket = location.indexOf(" [");
        if (comma < 0) {
            return bracket;
        }
        return bracket < 0 ? comma : Math.min(comma, bracket);
    }

    /**
     * The written date as a month and day.
     *
     * @return the month and day, or empty when none is written or it is not a date
     */
    public Optional<MonthDay> monthDay() {
        return Optional.ofNullable(DatelineParser.monthDay(date));
    }

    /**
     * The written date as a full date.
     *
     * @return the date, or empty unless a day, month and year are written
     */
    public Optional<LocalDate> localDate() {
        return Optional.ofNullable(DatelineParser.localDate(date));
    }

    /**
     * The written date as a full date, taking the year from {@code reference} when none is
     * written: the year that puts the date nearest to the reference date.
     *
     * @param reference a date near the article's publication, such as the day it was crawled
     * @return the date, or empty when no month and day are written
     */
    public Optional<LocalDate> localDate(LocalDate reference) {
        Objects.requireNonNull(reference, "reference");
        Optional<LocalDate> written = localDate();
        if (written.isPresent()) {
            return written;
        }
        return monthDay().map(md -> {
            LocalDate best = md.atYear(reference.getYear());
            for (int delta : new int[] {-1, 1}) {
                LocalDate candidate = md.atYear(reference.getYear() + delta);
                if (Math.abs(candidate.toEpochDay() - reference.toEpochDay())
                        < Math.abs(best.toEpochDay() - reference.toEpochDay())) {
                    best = candidate;
                }
            }
            return best;
        });
    }
}
