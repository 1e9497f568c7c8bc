package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The dateline parser's cheap first test never refuses a paragraph its patterns accept. */
class DatelineGateTest {

    private static void assertGateAdmits(String paragraph) {
        String s = DatelineParser.window(paragraph);
        if (!s.isEmpty() && DatelineParser.parseWindow(paragraph, s) != null) {
            assertTrue(DatelineParser.mayHoldDateline(s), () -> "a dateline, refused by the gate: " + paragraph);
        }
    }

    @Provide
    Arbitrary<String> datelineLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("SEOUL", "Seoul", "NEW YORK", "Rio de Janeiro", "Gaza City", "KYIV/MOSCOW", "Ukraine",
                        "[Calif.]", "Sep 17", "17 September 2024", "Jan. 5, 2024", "Tuesday", "(Reuters)", "(AP)",
                        "(dpa)", "(sic)", "example.com", "news.az", "—", "–", "-", "--", ":", ",", ", ", "The",
                        "said", "BREAKING", "Note", "A", "on", "de", "“Quoted”", "(", ")", "[", "]", "/", "1", "2024"),
                Arbitraries.strings().withChars("aAzZé.,:;()[]/—–-’' ").ofMaxLength(4));
        Arbitrary<String> head = piece.list().ofMinSize(1).ofMaxSize(7).map(parts -> String.join(" ", parts));
        Arbitrary<String> glued = piece.list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(head, glued).flatMap(h -> Arbitraries.of(" The story goes on.", "The story",
                " “Quoted,” he said.", " 42 people", "", " (AP) — More text.").map(rest -> h + rest));
    }

    @Property(tries = 10000)
    void gateAdmitsEveryDatelineLikeParagraphThePatternsAccept(@ForAll("datelineLike") String paragraph) {
        assertGateAdmits(paragraph);
    }

    @Test
    void gateAdmitsEveryLineOfTheSeedsAndExamples() {
        SampleLines.all().forEach(DatelineGateTest::assertGateAdmits);
    }
}
