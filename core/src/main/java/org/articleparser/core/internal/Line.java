package org.articleparser.core.internal;

/**
 * One non-blank input line, trimmed.
 *
 * @param text   the line's text without surrounding whitespace
 * @param number the 1-based line number in the input
 * @param start  the offset of the text's first character in the input
 * @param end    the offset just past its last character
 * @param block  the index of the block the line belongs to: blocks are runs of lines between
 *               blank lines
 */
public record Line(String text, int number, int start, int end, int block) {
}
