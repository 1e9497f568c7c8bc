package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The byline patterns' cheap first test never refuses a line they match. */
class BylineGatesTest {

    private static final List<Pattern> NAMED = List.of(pattern("NAME_PIPE"), pattern("NAMES_AFFILIATION"));

    private static Pattern pattern(String name) {
        try {
            Field f = Bylines.class.getDeclaredField(name);
            f.setAccessible(true);
            return (Pattern) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertGateAdmits(String line) {
        for (Pattern p : NAMED) {
            if (p.matcher(line).matches()) {
                assertTrue(Bylines.secondWordCapital(line), () -> p + " matches, the gate refuses: " + line);
            }
        }
    }

    @Provide
    Arbitrary<String> bylineLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("Jane", "Roe", "J.", "O’Neil", "Jean-Luc", "ÉMILE", "Ölz", "and", "&", "|", ",", ", ",
                        "CNN", "Example News", "Staff Writer", "the", "of", "de", "said", "A", "B."),
                Arbitraries.strings().withChars("aAbBéÉ.'’- |,&").ofMaxLength(5));
        return piece.list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 5000)
    void gateAdmitsEveryBylineLikeLineThePatternsMatch(@ForAll("bylineLike") String line) {
        assertGateAdmits(line);
    }

    @Test
    void gateAdmitsEveryLineOfTheSeedsAndExamples() throws IOException {
        for (Path dir : List.of(Path.of("../seeds"), Path.of("src/test/resources/examples"))) {
            try (Stream<Path> list = Files.list(dir)) {
                for (Path f : list.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        assertGateAdmits(line.strip());
                    }
                }
            }
        }
    }
}
