package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.articleparser.core.internal.Classifier.WordTable;
import org.junit.jupiter.api.Test;

/** The one-pass line scan gives what the definitions it stands for give one by one. */
class LineScanTest {

    private static void assertScan(String text) {
        assertArrayEquals(text.toLowerCase(java.util.Locale.ROOT).toCharArray(), LineScan.lowerCase(text));
        LineScan scan = LineScan.of(text);
        assertEquals(PhraseCatalog.unicodeKey(text), scan.key());
        assertEquals(Credits.words(text), scan.words());
        WordTable table = WordTable.of(text);
        assertEquals(table.shareIn(table) >= 1, scan.mayShareIn(scan, 1), "a line holds all its words");
        WordTable fromScan = WordTable.of(scan);
        assertEquals(table.shareIn(fromScan), fromScan.shareIn(table));
        assertEquals(table.shareIn(table), table.shareIn(fromScan), "the scan's table holds the text's words");
    }

    @Test
    void keysKeepSingleSpacesAndCollapseTheRest() {
        for (String text : new String[] {"", " ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\u00A0b", "\u2003A B\u2003", "A\u00A0 \u00A0B"}) {
            assertScan(text);
        }
    }

    @Property(tries = 2000)
    void anyText(@ForAll String text) {
        assertScan(text);
    }

    @Property(tries = 3000)
    void wordsSpacesAndCases(
            @ForAll @StringLength(max = 80) @Chars({'a', 'B', 'z', 'Z', '1', ' ', ' ', '\t', '\u00A0', '\u2003', '\uFEFF',
                '-', '’', 'é', 'É', 'ß', 'İ', 'Σ', 'ς', 'Ⅻ', 'Ａ', '中', '\uD83D', '\uDE00'}) String text) {
        assertScan(text);
    }
}
