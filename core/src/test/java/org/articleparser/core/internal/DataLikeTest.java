package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.articleparser.core.internal.Classifier.Shape;
import org.junit.jupiter.api.Test;

/** The data-line test answers as its plain reading does: each space-separated token on its own. */
class DataLikeTest {

    private static final Pattern FIGURE = PrivatePatterns.of(Shape.class, "FIGURE");
    private static final Pattern CALENDAR = PrivatePatterns.of(Shape.class, "CALENDAR");

    /** The plain reading: split at spaces, match every token whole, count. */
    private static boolean reference(String text) {
        int tokens = 0;
        int numeric = 0;
        int figures = 0;
        int calendar = 0;
        for (String t : text.split(" ")) {
            if (t.isEmpty()) {
                continue;
            }
            tokens++;
            if (t.chars().anyMatch(Character::isDigit)) {
                numeric++;
            }
            if (FIGURE.matcher(t).matches()) {
                figures++;
            }
            if (CALENDAR.matcher(t).matches()) {
                calendar++;
            }
        }
        return tokens > 0 && (numeric * 2 > tokens || figures >= 2 || numeric > 0 && calendar == tokens);
    }

    @Provide
    Arbitrary<String> dataLike() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("12", "1,024", "3.5%", "-12.99", "$4.20", "+0.5", "2019", "14.26", "GMT", "Mon",
                        "Nov", "18", "18th", "at", "on", "Updated", "|", "—", "p.m.", "XMP", "CORP.", "shares", "the",
                        "٣", "(12)", "[3]", "10:42", "1/2", "a.m.", "rose"),
                Arbitraries.strings().withChars("0123456789.,%$-+:/ aZ()").ofMaxLength(6));
        return token.list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 5000)
    void sameAnswerAsThePlainReading(@ForAll("dataLike") String text) {
        assertEquals(reference(text), Shape.isDataLike(text), text);
    }

    @Test
    void sameAnswerOnEveryLineOfTheSeedsAndExamples() {
        for (String text : SampleLines.all()) {
            assertEquals(reference(text), Shape.isDataLike(text), text);
        }
    }
}
