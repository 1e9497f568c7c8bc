package org.articleparser.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The article parser places datelines, credits and bylines as the public sub-parsers read them. */
class ArticleSubParsersTest {

    private static final String TEXT = String.join("\n",
            "Monsoon rains arrive early across the north",
            "",
            "Jane Roe and John Doe, Example News",
            "",
            "Commuters wade through a flooded street on Thursday. Image source, Lars Berg",
            "",
            "New Delhi [India], June 5 (ANI): Heavy rain lashed the capital on Thursday, flooding "
                    + "underpasses and slowing traffic across the city for most of the day.",
            "",
            "Forecasters expect the rain to continue into the weekend, officials said on Friday.",
            "");

    @Test
    void anArticleUsesTheDatelineCreditAndBylineParsers() {
        Article a = Articles.parse(TEXT);

        Byline byline = Byline.parse(a.byline()).orElseThrow();
        assertEquals(List.of("Jane Roe", "John Doe"), byline.authors());
        assertEquals("Example News", byline.affiliation());

        Dateline expected = Dateline.parse(TEXT.lines().filter(l -> l.startsWith("New Delhi")).findFirst()
                .orElseThrow()).orElseThrow();
        assertEquals(expected, a.dateline());
        assertEquals("India", a.dateline().region());
        assertTrue(a.paragraphs().get(0).startsWith("Heavy rain"), a.paragraphs().get(0));

        Credit credit = Credit.parse("Commuters wade through a flooded street on Thursday. Image source, Lars Berg")
                .orElseThrow();
        assertEquals(List.of(Media.image(credit.caption(), credit.text())), a.media());
    }

    @Provide
    Arbitrary<Path> seeds() {
        return Arbitraries.of(Seeds.texts());
    }

    @Property(tries = 20)
    void everySeedsPartsReadTheSameWithTheSubParsers(@ForAll("seeds") Path seed) {
        Article a = Articles.parse(Seeds.read(seed));
        if (a.byline() != null) {
            assertTrue(Byline.parse(a.byline()).isPresent(), seed + ": byline " + a.byline());
        }
        if (a.dateline() != null) {
            String opening = a.dateline().text() + " " + a.paragraphs().get(0);
            assertEquals(a.dateline(), Dateline.parse(opening).orElseThrow(), seed + ": dateline");
        }
        for (Media m : a.media()) {
            if (m.credit() != null) {
                assertTrue(Credit.parse(m.credit()).isPresent(), seed + ": credit " + m.credit());
            }
        }
    }
}
