package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The byline patterns' cheap first test never refuses a line they match. */
class BylineGatesTest {

    private static final List<Pattern> NAMED = List.of(PrivatePatterns.of(Bylines.class, "NAME_PIPE"),
            PrivatePatterns.of(Bylines.class, "NAMES_AFFILIATION"));

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
    void gateAdmitsEveryLineOfTheSeedsAndExamples() {
        SampleLines.all().forEach(BylineGatesTest::assertGateAdmits);
    }
}
