package org.articleparser.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small versions of the pathological inputs that {@code PathologicalInputs} times at full size:
 * here only for correctness (no exception, no stack overflow, every line conserved). Speed is
 * measured by the benchmark program, never asserted here.
 */
class PathologicalInputTest {

    static Stream<Named<String>> inputs() {
        return PathologicalInputs.CASES.stream()
                .map(c -> Named.of(c.name(), c.generator().apply(c.smallSize())));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void pathologicalInputParsesAndConservesLines(String text) {
        Article article = Articles.parse(text);
        assertEquals(List.of(), Conservation.problems(text, article));
    }
}
