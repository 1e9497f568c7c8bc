package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The space table agrees with the character classes it is built from, for every char, and the
 * splitter gives the lines of a plain char-by-char reading.
 */
class LineSplitterTest {

    @Test
    void spaceTableIsTheCharacterClasses() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(LineSplitter.isSpaceSlow(ch), LineSplitter.isSpace(ch), () -> Integer.toHexString(ch));
        }
    }

    /** The plain reading: a line ends at LF, CR or CRLF; spaces around it are trimmed; blank lines part blocks. */
    private static List<Line> reference(String text) {
        List<Line> lines = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int number = 1;
        int block = 0;
        boolean blank = false;
        while (true) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int s = start;
            int e = end;
            while (s < e && LineSplitter.isSpaceSlow(text.charAt(s))) {
                s++;
            }
            while (e > s && LineSplitter.isSpaceSlow(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                block += blank && !lines.isEmpty() ? 1 : 0;
                blank = false;
                lines.add(new Line(text.substring(s, e), number, s, e, block));
            } else {
                blank = true;
            }
            if (end >= n) {
                return lines;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
            number++;
        }
    }

    @Property(tries = 3000)
    void linesAreThePlainReading(
            @ForAll @StringLength(max = 60) @Chars({'a', 'B', ' ', '\t', '\n', '\r', '\u00A0', '\u2028', '’', '\uFEFF'})
            String text) {
        assertEquals(reference(text), LineSplitter.split(text));
    }
}
