package org.articleparser.core;

import java.util.Objects;
import java.util.Optional;
import org.articleparser.core.internal.Credits;

/**
 * A photo or video credit, as written, and the caption it ended, if any: the credit and caption
 * splitter the article parser uses, for use on its own.
 *
 * <pre>{@code
 * Credit c = Credit.parse("Firefighters at the scene on Monday. Photo: Jane Roe").orElseThrow();
 * c.caption();   // "Firefighters at the scene on Monday."
 * c.text();      // "Photo: Jane Roe"
 * Credit.parse("(AP Photo/Jane Roe)").orElseThrow().caption();   // null: a credit line
 * Credit.isCredit("Image source, Getty Images");                 // true
 * }</pre>
 *
 * <p>Recognised credits include labelled ones ({@code "Photo: X"}, {@code "Image Credit: X"},
 * {@code "Image source, X"}, {@code "Image copyright X"}, {@code "Credit...X"}, {@code "Photos by X"}), agency forms
 * ({@code "X via Reuters"}, {@code "(AP Photo/X)"}, {@code "REUTERS/X"}, {@code "Getty Images"},
 * {@code "[File: Reuters]"}) and picture codes ({@code "AP/PTI(AP09_17_2023_000002B)"}).
 * Instances are immutable values; the static methods are thread-safe.
 *
 * @param text    the credit as written, trimmed; never null
 * @param caption the caption text before the credit, trimmed, or null when the line is only a credit
 * @since 0.2.0
 */
public record Credit(String text, String caption) {

    /**
     * Checks that {@code text} is present.
     *
     * @param text    the credit as written
     * @param caption the caption before the credit, or null
     * @throws NullPointerException if {@code text} is null
     */
    public Credit {
        Objects.requireNonNull(text, "text");
    }

    /**
     * Splits a credit from the caption it ends, or recognises a line that is only a credit.
     * A bare agency in parentheses ({@code "... (AP)"}) counts as a credit ending a caption.
     *
     * @param line one caption or credit line
     * @return the credit, with the caption when one precedes it; empty when the line holds no credit
     * @throws NullPointerException if {@code line} is null
     */
    public static Optional<Credit> parse(CharSequence line) {
        Objects.requireNonNull(line, "line");
        return Optional.ofNullable(Credits.parse(line.toString()));
    }

    /**
     * Whether the whole line is a credit, with no caption before it.
     *
     * @param line one line of text
     * @return true for a credit line such as {@code "Photo: Jane Roe"} or {@code "Getty Images"}
     * @throws NullPointerException if {@code line} is null
     */
    public static boolean isCredit(CharSequence line) {
        Objects.requireNonNull(line, "line");
        return Credits.isCredit(line.toString().strip());
    }
}
