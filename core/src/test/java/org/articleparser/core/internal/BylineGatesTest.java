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

/** The byline patterns' cheap first tests never refuse a line they match. */
class BylineGatesTest {

    private static final List<Pattern> NAMED = List.of(PrivatePatterns.of(Bylines.class, "NAME_PIPE"),
            PrivatePatterns.of(Bylines.class, "NAMES_AFFILIATION"));

    private static final Pattern BY = PrivatePatterns.of(Bylines.class, "BY");

    private static void assertGateAdmits(String line) {
        if (BY.matcher(line).matches()) {
            assertTrue(Bylines.opensWithBy(line), () -> "BY matches, the gate refuses: " + line);
        }
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
                        "CNN", "Example News", "Staff Writer", "the", "of", "de", "said", "A", "B.", "By", "BY", "by",
                        "bY\t", "Written", "POSTED", "Story", "text", "Words", "Reported", "@jane"),
                Arbitraries.strings().withChars("aAbByYéÉ.'’- |,&\t").ofMaxLength(5));
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
