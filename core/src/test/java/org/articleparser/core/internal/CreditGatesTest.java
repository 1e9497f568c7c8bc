package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests that let a credit pattern run only where what it needs is there never turn
 * away a text the pattern matches: on credit-like generated texts, and on every tail (from
 * each word start and bracket) of the seed and example lines.
 */
class CreditGatesTest {

    private record Gate(String pattern, Pattern compiled, Predicate<String> holds) {
    }

    private static final List<Gate> GATES = List.of(
            gate("PAREN", Credits::enclosed),
            gate("NAME_AGENCY", t -> Credits.separatorWithin(t, Credits.NAME_WORDS)),
            gate("LONG_NAME_AGENCY", t -> Credits.separatorWithin(t, Credits.LONG_NAME_WORDS)),
            gate("BARE", Credits::opensWithAgency),
            gate("AGENCY_PHOTO", t -> Credits.lastPhotoSlash(t) > 0),
            gate("LABELLED", CreditGatesTest::labelled),
            gate("LABELLED_COMMA", CreditGatesTest::labelled),
            gate("LABELLED_COPYRIGHT", CreditGatesTest::labelled));

    private static boolean labelled(String t) {
        boolean bracket = t.startsWith("(") || t.startsWith("[");
        return Credits.labelled(t, bracket, Credits.startsWithLabelWord(t, 0));
    }

    private static Gate gate(String field, Predicate<String> holds) {
        return new Gate(field, PrivatePatterns.of(Credits.class, field), holds);
    }

    private static void assertGatesAdmit(String text) {
        if (text.isEmpty()) {
            return;
        }
        for (Gate g : GATES) {
            if (g.compiled().matcher(text).matches()) {
                assertTrue(g.holds().test(text), () -> g.pattern() + " matches, its gate refuses: " + text);
            }
        }
    }

    @Provide
    Arbitrary<String> creditLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("Photo", "PHOTO", "photo", "Image", "Credit", "Source", "Courtesy", "File", "All",
                        "Getty Images", "AFP", "AP", "Reuters", "REUTERS", "Associated Press", "EPA-EFE", "Xinhua",
                        "Jane", "Roe", "J.", "Mary Ann", "O’Neil", "Jean-Luc", "via", "by", "of", "/", " / ", "|", ",",
                        "-", ":", "(", ")", "[", "]", "file:", "photo/", "Photo /", "Pool", "Handout", "The Seattle Times",
                        "News", "Press", "Images", "Photographer", "staff", "submitted photo", "…", "...", ".", "said"),
                Arbitraries.strings().withChars("aAbBpPhHoOtTvVfFiIlLeE:/|,()[]-. ").ofMaxLength(6));
        return piece.list().ofMinSize(1).ofMaxSize(7).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 5000)
    void gatesAdmitEveryCreditLikeTextThePatternsMatch(@ForAll("creditLike") String text) {
        assertGatesAdmit(text);
        assertGatesAdmit(text.replace(" ", ""));
    }

    @Test
    void gatesAdmitEveryTailOfTheSeedsAndExamples() {
        int tails = 0;
        for (String line : SampleLines.all()) {
            for (int p = 0; p < line.length(); p++) {
                char c = line.charAt(p);
                if (p == 0 || line.charAt(p - 1) == ' ' || c == '(' || c == '[') {
                    assertGatesAdmit(line.substring(p));
                    tails++;
                }
            }
        }
        assertTrue(tails > 10_000, "tails checked: " + tails);
    }
}
