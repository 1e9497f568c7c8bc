package org.articleparser.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's "Datelines, credits and bylines on their own" snippet, so that it cannot rot. */
class SubParsersUsageTest {

    @Test
    void readmeDatelineSnippetHolds() {
        Dateline d = Dateline.parse("New Delhi [India], June 5 (ANI): The ministry said ...").orElseThrow();
        assertEquals("New Delhi [India], June 5 (ANI):", d.text());
        assertEquals("New Delhi", d.city());
        assertEquals("India", d.region());
        assertEquals("June 5", d.date());
        assertEquals("ANI", d.agency());
        assertEquals(Optional.of(LocalDate.of(2024, 6, 5)), d.localDate(LocalDate.of(2024, 6, 1)));
    }

    @Test
    void readmeCreditSnippetHolds() {
        Credit c = Credit.parse("Firefighters at the scene on Monday. Photo: Jane Roe").orElseThrow();
        assertEquals("Firefighters at the scene on Monday.", c.caption());
        assertEquals("Photo: Jane Roe", c.text());
        assertTrue(Credit.isCredit("Image source, Jane Roe"));
    }

    @Test
    void readmeBylineSnippetHolds() {
        Byline b = Byline.parse("By JANE DOE and JOHN ROE, Associated Press").orElseThrow();
        assertEquals(List.of("JANE DOE", "JOHN ROE"), b.authors());
        assertEquals("Associated Press", b.affiliation());
    }

    @Test
    void javadocExamplesHold() {
        Dateline d = Dateline.parse("LONDON, Jan 5 (Reuters) - Shares fell.").orElseThrow();
        assertEquals("LONDON", d.location());
        assertEquals(Optional.empty(), Credit.parse("Above: Firefighters at the scene on Monday."));
        assertEquals(null, Credit.parse("(AP Photo/Jane Roe)").orElseThrow().caption());
        assertEquals("2/26/2015 7:11 AM PST",
                Byline.parse("2/26/2015 7:11 AM PST BY EXAMPLE STAFF").orElseThrow().date());
    }

    @Test
    void nullInputFailsFastNamingTheParameter() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Byline.parse(null));
        assertEquals("line", e.getMessage());
        assertEquals("line", assertThrows(NullPointerException.class,
                () -> Credit.parse(null)).getMessage());
    }
}
