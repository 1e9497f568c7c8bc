package org.articleparser.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the whole-article examples in {@code examples/articles.txt}: every line's part. */
class ArticleExamplesTest {

    private record Example(String file, int number, String title, List<String> parts, String text) {
    }

    @TestFactory
    Stream<DynamicTest> everyExampleLineLandsInItsPart() throws IOException {
        return read("articles.txt").stream().map(e -> DynamicTest.dynamicTest(
                e.file + " example " + e.number + ": " + e.title, () -> check(e)));
    }

    private static void check(Example e) {
        Article a = Articles.parse(e.text);
        String[] lines = e.text.split("\n", -1);
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            actual.add(a.placements().stream().filter(p -> p.line() == line)
                    .map(p -> p.part().name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining("+")));
        }
        List<String> expected = new ArrayList<>(e.parts);
        while (expected.size() < actual.size()) {
            expected.add("");
        }
        assertEquals(render(expected, lines), render(actual, lines),
                e.file + " example " + e.number + " (" + e.title + ")");
    }

    private static String render(List<String> parts, String[] lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                sb.append(String.format("%-20s | %s%n", parts.get(i), lines[i]));
            }
        }
        return sb.toString();
    }

    static List<Example> read(String file) throws IOException {
        String all;
        try (InputStream in = ArticleExamplesTest.class.getResourceAsStream("/examples/" + file)) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> examples = new ArrayList<>();
        String title = null;
        List<String> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : (all + "\n### end").split("\n")) {
            if (line.startsWith("### ")) {
                if (title != null) {
                    examples.add(new Example(file, examples.size() + 1, title, List.copyOf(parts),
                            text.toString().stripTrailing() + "\n"));
                }
                title = line.substring(4).strip();
                parts.clear();
                text.setLength(0);
            } else if (title != null && !line.isBlank() && !line.startsWith("#")) {
                int bar = line.indexOf('|');
                if (bar < 0) {
                    throw new IllegalStateException(file + ": line without '|': " + line);
                }
                parts.add(line.substring(0, bar).strip());
                text.append(line.substring(bar + 1).strip()).append('\n');
            }
        }
        return examples;
    }
}
