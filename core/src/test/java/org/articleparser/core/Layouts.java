package org.articleparser.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Re-layouts of article text for the invariance and idempotence properties. */
public final class Layouts {

    private Layouts() {
    }

    /** The line ends an input may use. */
    public enum LineEnd {
        /** Unix. */
        LF("\n"),
        /** Windows. */
        CRLF("\r\n"),
        /** Classic Mac OS. */
        CR("\r");

        final String chars;

        LineEnd(String chars) {
            this.chars = chars;
        }
    }

    /**
     * What may be done to the whitespace around lines without changing the article.
     *
     * @param lineEnd         the line end to use
     * @param bom             whether a byte order mark opens the text
     * @param leading         whitespace put before every non-blank line
     * @param trailing        whitespace put after every non-blank line
     * @param extraBlankLines blank lines added wherever there is one already
     * @param finalNewline    whether the last line ends with a line end
     */
    public record Noise(LineEnd lineEnd, boolean bom, String leading, String trailing,
                        int extraBlankLines, boolean finalNewline) {
    }

    /** The lines of {@code text}, split at LF, CRLF or CR. */
    public static List<String> lines(String text) {
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    /**
     * {@code text} with {@code noise} applied: line ends replaced, a byte order mark in front,
     * whitespace around every non-blank line, more blank lines where there already was one, and
     * the final newline added or removed.
     */
    public static String apply(String text, Noise noise) {
        List<String> lines = new ArrayList<>(lines(text));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        StringBuilder sb = new StringBuilder();
        if (noise.bom()) {
            sb.append('\uFEFF');
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                sb.append(noise.lineEnd().chars.repeat(1 + noise.extraBlankLines()));
                continue;
            }
            sb.append(noise.leading()).append(line).append(noise.trailing());
            if (i < lines.size() - 1 || noise.finalNewline()) {
                sb.append(noise.lineEnd().chars);
            }
        }
        return sb.toString();
    }

    /**
     * The article's pieces put back together in input order, one input line per line: a dateline
     * is rejoined with its paragraph and a credit with its caption by one space, and a blank line
     * stands wherever the input had one or more. Until the {@code text} format lands, this is
     * what idempotence is checked against.
     */
    public static String rejoin(Article article) {
        Map<Integer, StringBuilder> byLine = new TreeMap<>();
        for (Placement p : article.placements()) {
            StringBuilder sb = byLine.computeIfAbsent(p.line(), k -> new StringBuilder());
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(p.text());
        }
        StringBuilder out = new StringBuilder();
        int previous = -1;
        for (Map.Entry<Integer, StringBuilder> line : byLine.entrySet()) {
            if (previous >= 0 && line.getKey() > previous + 1) {
                out.append('\n');
            }
            out.append(line.getValue()).append('\n');
            previous = line.getKey();
        }
        return out.toString();
    }
}
