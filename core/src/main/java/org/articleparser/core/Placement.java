package org.articleparser.core;

import java.util.Objects;

/**
 * Where one piece of input text went, and why: the audit record of a single parsing decision.
 *
 * <p>Every non-blank input line yields one placement, or two when it is split (a dateline and
 * the rest of its paragraph; a caption and its credit). Offsets are {@code char} indexes into the
 * text given to the parser, so {@code input.substring(start, end)} is exactly {@link #text()}.
 *
 * @param part  where the text went
 * @param index the position within that part (paragraph index, media index, ...); 0 for single
 *              values such as the headline
 * @param text  the placed text
 * @param line  the 1-based input line the text comes from
 * @param start the offset of the first character of the text in the input
 * @param end   the offset just past the last character of the text in the input
 * @param rule  a stable rule identifier such as {@code "boilerplate.phrase"} or
 *              {@code "media.credit-suffix"}
 * @param score the classifier's confidence in the decision, from 0 to 1
 */
public record Placement(Part part, int index, String text, int line, int start, int end, String rule,
                        double score) {

    /**
     * Checks that the components are present and consistent.
     *
     * @param part where the text went
     * @param index the position within that part (paragraph index, media index, ...); 0 for single
     * @param text the placed text
     * @param line the 1-based input line the text comes from
     * @param start the offset of the first character of the text in the input
     * @param end the offset just past the last character of the text in the input
     * @param rule a stable rule identifier such as {@code "boilerplate.phrase"} or
     * @param score the classifier's confidence in the decision, from 0 to 1
     */
    public Placement {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
        if (line < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException(
                    "bad position: line " + line + ", start " + start + ", end " + end);
        }
    }
}
