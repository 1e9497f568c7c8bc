package org.articleparser.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the table-driven examples for the sub-parsers: {@code examples/datelines.txt},
 * {@code credits.txt} and {@code bylines.txt}. A failure reads "datelines.txt example 7".
 */
class SubParserExamplesTest {

    /** One row: its file and number, the input, and the expected fields ("none": no match). */
    record Row(String file, int number, String input, List<String> expected) {

        boolean none() {
            return expected.size() == 1 && expected.get(0).equals("none");
        }

        String name() {
            return file + " example " + number + ": " + input;
        }
    }

    @TestFactory
    Stream<DynamicTest> datelineExamples() throws IOException {
        return run("datelines.txt", 6, input -> Dateline.parse(input).map(d -> List.of(
                d.text(), dash(d.location()), dash(d.date()), dash(d.agency()), dash(d.region()),
                d.localDate().map(LocalDate::toString)
                        .or(() -> d.monthDay().map(MonthDay::toString)).orElse("-"))));
    }

    @TestFactory
    Stream<DynamicTest> creditExamples() throws IOException {
        return run("credits.txt", 2, input -> Credit.parse(input).map(c -> List.of(
                dash(c.caption()), c.text())));
    }

    @TestFactory
    Stream<DynamicTest> bylineExamples() throws IOException {
        return run("bylines.txt", 3, input -> Byline.parse(input).map(b -> List.of(
                String.join("; ", b.authors()), dash(b.affiliation()), dash(b.date()))));
    }

    @Test
    void theTablesHoldAtLeastOneHundredAndFiftyRows() throws IOException {
        int rows = read("datelines.txt").size() + read("credits.txt").size() + read("bylines.txt").size();
        assertEquals(true, rows >= 150, "rows: " + rows);
    }

    private static Stream<DynamicTest> run(String file, int fields,
            Function<String, Optional<List<String>>> parser) throws IOException {
        return read(file).stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> {
            if (!row.none() && row.expected().size() != fields) {
                throw new IllegalStateException(row.name() + ": expected " + fields + " fields, found "
                        + row.expected());
            }
            Optional<List<String>> actual = parser.apply(row.input());
            assertEquals(row.none() ? "none" : String.join(" | ", row.expected()),
                    actual.map(a -> String.join(" | ", a)).orElse("none"), row.name());
        }));
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }

    static List<Row> read(String file) throws IOException {
        String all;
        try (InputStream in = SubParserExamplesTest.class.getResourceAsStream("/examples/" + file)) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Row> rows = new ArrayList<>();
        for (String line : all.split("\n")) {
            if (line.startsWith("#") || line.isBlank() && !line.startsWith(" ")) {
                continue;
            }
            String[] cells = line.split("(?<!\\\\) \\| ", -1);
            List<String> fields = new ArrayList<>();
            for (String cell : Arrays.asList(cells).subList(1, cells.length)) {
                fields.add(unescape(cell.strip()));
            }
            rows.add(new Row(file, rows.size() + 1, unescape(cells[0]), List.copyOf(fields)));
        }
        return rows;
    }

    private static String unescape(String cell) {
        return cell.replace("\\|", "|");
    }
}
