package org.articleparser.core;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The pathological inputs of issue 6, each a generator taking a size: the benchmark program
 * ({@code org.articleparser.core.bench.PathologicalBenchmark}) runs them at full size and at
 * fractions of it to show linear growth; {@link PathologicalInputTest} runs small versions.
 */
public final class PathologicalInputs {

    /**
     * One pathological input.
     *
     * @param name      what it is, for reports
     * @param fullSize  the size the benchmark reports
     * @param smallSize the size the unit test uses
     * @param unit      what the size counts
     * @param generator makes the input for a size
     */
    public record Case(String name, int fullSize, int smallSize, String unit, IntFunction<String> generator) {
    }

    /** Every case. */
    public static final List<Case> CASES = List.of(
            new Case("single line of words", 10_000_000, 200_000, "bytes",
                    n -> repeatTo("lorem ipsum dolor sit amet, ", n)),
            new Case("single line without spaces", 10_000_000, 200_000, "bytes", n -> "x".repeat(n)),
            new Case("short lines", 1_000_000, 20_000, "lines", n -> lines("Short line", n, false)),
            new Case("short lines between blank lines", 1_000_000, 20_000, "lines",
                    n -> lines("Another short line here.", n, true)),
            new Case("dateline-like lines", 100_000, 3_000, "lines",
                    n -> lines("WASHINGTON, Sept. 3 (Reuters) — The vote was close and the count went on.", n, false)),
            new Case("dateline-like lines without end", 100_000, 3_000, "lines",
                    n -> lines("NEW YORK CITY, NEW YORK, USA, Sept. 3, 2024 (A B C D E F G H I J K L M N O P Q R S T", n, true)),
            new Case("credit-like lines", 100_000, 3_000, "lines",
                    n -> lines("Rescuers search the rubble in the valley. Photo: Jane Doe/AFP/Getty Images", n, false)),
            new Case("credit-like lines without end", 100_000, 3_000, "lines",
                    n -> lines("(AP Photo/ (Jane Doe / The Seattle Times via ( [ photo via courtesy ((((", n, true)),
            new Case("byline-like lines", 100_000, 3_000, "lines",
                    n -> lines("By JANE DOE and JOHN ROE, Associated Press | Reuters", n, false)),
            new Case("title-like lines between prose", 100_000, 3_000, "lines", PathologicalInputs::titles),
            new Case("headline-case lines between prose", 100_000, 3_000, "lines", PathologicalInputs::headlineCase),
            new Case("paragraphs alike but for their middles", 200_000, 3_000, "lines", PathologicalInputs::alike),
            new Case("dashes in one line", 1_000_000, 50_000, "dashes", n -> "-".repeat(n)),
            new Case("numbers in one token", 1_000_000, 50_000, "bytes", n -> repeatTo("1.2,", n) + "%"),
            new Case("brackets in one line", 1_000_000, 50_000, "bytes", n -> repeatTo("[(", n)),
            new Case("capitalised words in one line", 1_000_000, 50_000, "bytes", n -> repeatTo("Aa Bb, ", n)),
            new Case("repeated 'By ' and 'Photo: '", 1_000_000, 50_000, "bytes", n -> repeatTo("By Photo: via / | ", n)),
            new Case("repeated date and time tokens", 1_000_000, 50_000, "bytes",
                    n -> repeatTo("Updated 12:30 pm EST Sept. 3, 2024 | ", n)),
            new Case("whitespace runs", 1_000_000, 50_000, "bytes", n -> "a" + " \t\u00A0".repeat(n / 3) + "b"),
            new Case("blank lines", 1_000_000, 50_000, "lines", n -> "Head\n" + "\n".repeat(n) + "Tail"));

    private PathologicalInputs() {
    }

    private static String repeatTo(String unit, int length) {
        StringBuilder sb = new StringBuilder(length + unit.length());
        while (sb.length() < length) {
            sb.append(unit);
        }
        sb.setLength(length);
        return sb.toString();
    }

    /**
     * A body of distinct title-like lines between two prose paragraphs: each line once made the
     * classifier walk the whole run, quadratic time (#6).
     */
    private static String titles(int count) {
        StringBuilder sb = new StringBuilder("Kim and Putin hold summit talks in Moscow\n\n"
                + "A prose sentence that opens the body of this article with enough words.\n\n");
        for (int i = 0; i < count; i++) {
            sb.append("Kim and Putin meet for summit talks in Moscow ").append(Integer.toString(i, 36)).append("\n\n");
        }
        return sb.append("A prose sentence that closes the body of this article with enough words.\n").toString();
    }

    /** A body of distinct lines in headline case between two prose paragraphs. */
    private static String headlineCase(int count) {
        StringBuilder sb = new StringBuilder("A report on the weather\n\n"
                + "A prose sentence that opens the body of this article with enough words.\n\n");
        for (int i = 0; i < count; i++) {
            sb.append("Why Cities Fell in Love With Neon Part ")
                    .append(Integer.toString(i, 36).toUpperCase(java.util.Locale.ROOT)).append("\n\n");
        }
        return sb.append("A prose sentence that closes the body of this article with enough words.\n").toString();
    }

    /**
     * Distinct prose paragraphs of one length that differ only in their middles: the repeated-line
     * test files texts by their length and ends, and must not compare each with all the others.
     */
    private static String alike(int count) {
        StringBuilder sb = new StringBuilder("A report on the weather\n\n");
        for (int i = 0; i < count; i++) {
            sb.append(String.format(java.util.Locale.ROOT, "Paragraph %07d of this article, with enough words for prose.%n%n", i));
        }
        return sb.toString();
    }

    private static String lines(String line, int count, boolean blankBetween) {
        StringBuilder sb = new StringBuilder(count * (line.length() + 2));
        for (int i = 0; i < count; i++) {
            sb.append(line).append('\n');
            if (blankBetween) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
