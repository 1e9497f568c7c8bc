package org.articleparser.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.articleparser.core.internal.Bylines;

/**
 * An author line split into its parts: the byline parser the article parser uses, for use on
 * its own.
 *
 * <pre>{@code
 * Byline b = Byline.parse("By JANE DOE and JOHN ROE, Associated Press").orElseThrow();
 * b.authors();      // [JANE DOE, JOHN ROE]
 * b.affiliation();  // "Associated Press"
 * Byline.parse("2/26/2015 7:11 AM PST BY EXAMPLE STAFF").orElseThrow().date();  // "2/26/2015 7:11 AM PST"
 * }</pre>
 *
 * <p>Recognised forms: {@code "By Jane Doe"} (any case), names and an outlet after a comma, a pipe
 * or "for" ({@code "Jane Roe and John Doe, Example News"}, {@code "Jane Doe | Reuters"}), a date
 * or time glued before "BY" or a publication time after the names ({@code "Updated ..."},
 * {@code "Published ..."}), and a bare name of two to five capitalised words. Whether a bare
 * name is a byline depends on where it stands, which only the article parser knows; so does
 * whether a line that reads both ways ({@code "Jane Roe | Example Images"}) is a byline or a photo
 * credit: this method goes by form alone.
 * Instances are immutable values; the static method is thread-safe.
 *
 * @param text        the line as written, trimmed; never null
 * @param authors     the authors' names as written, in order; never null, may be empty
 * @param affiliation the outlet or role written after the names ({@code "Reuters"},
 *                    {@code "Staff Writer"}), or null
 * @param date        the date or time written before "By" ({@code "2/26/2015 7:11 AM PST"}) or
 *                    after the names ({@code "Updated 10:04 AM EST"}), or null
 * @since 0.2.0
 */
public record Byline(String text, List<String> authors, String affiliation, String date) {

    /**
     * Checks that {@code text} is present and copies {@code authors}.
     *
     * @param text        the line as written
     * @param authors     the authors' names
     * @param affiliation the outlet or role, or null
     * @param date        the date or time before "By" or after the names, or null
     * @throws NullPointerException if {@code text}, {@code authors} or an author is null
     */
    public Byline {
        Objects.requireNonNull(text, "text");
        authors = List.copyOf(authors);
    }

    /**
     * Recognises an author line and splits it into date, authors and affiliation.
     *
     * @param line one line of text
     * @return the byline, or empty when the line is not an author line
     * @throws NullPointerException if {@code line} is null
     */
    public static Optional<Byline> parse(CharSequence line) {
        Objects.requireNonNull(line, "line");
        return Optional.ofNullable(Bylines.parse(line.toString()));
    }
}
