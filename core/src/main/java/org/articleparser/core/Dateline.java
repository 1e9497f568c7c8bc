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
 * }</pre>
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
     * @param text the exact prefix cut from the paragraph, separator included; never null
     * @param location the place as written, or null
     * @param date the date as written ({@code "Sep 17"}), or null
     * @param agency the news agency ({@code "AP"}, {@code "Reuters"}), or null
     */
    public Dateline {
        Objects.requireNonNull(text, "text");
    }

    /**
     * Recognises the dateline that opens {@code paragraph}.
     *
     * @param paragraph the first paragraph of an article
     * @return the dateline, or empty when the paragraph does not open with one
     */
    public static Optional<Dateline> parse(CharSequence paragraph) {
        Objects.requireNonNull(paragraph, "paragraph");
        return Optional.ofNullable(DatelineParser.parse(paragraph.toString()));
    }

    /** {@return the written date as a month and day, or empty when none is written or it is not a date} */
    public Optional<MonthDay> monthDay() {
        return Optional.ofNullable(DatelineParser.monthDay(date));
    }

    /** {@return the written date as a full date, or empty unless a day, month and year are written} */
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
