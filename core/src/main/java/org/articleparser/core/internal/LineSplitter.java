package org.articleparser.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits input into trimmed non-blank lines. Line ends are LF, CRLF or CR; a leading byte order
 * mark, tabs, non-breaking and other Unicode spaces around a line are trimmed. Runs in one pass.
 */
public final class LineSplitter {

    private LineSplitter() {
    }

    /** The non-blank lines of {@code text}, in order. */
    public static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        char[] c = text.toCharArray(); // String.charAt costs a range check per call on UTF-16 strings
        int n = c.length;
        int lineStart = 0;
        int number = 1;
        int block = 0;
        boolean blankSinceLast = false;
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && c[lineEnd] != '\n' && c[lineEnd] != '\r') {
                lineEnd++;
            }
            int s = lineStart;
            int e = lineEnd;
            while (s < e && isSpace(c[s])) {
                s++;
            }
            while (e > s && isSpace(c[e - 1])) {
                e--;
            }
            if (s < e) {
                if (blankSinceLast && !lines.isEmpty()) {
                    block++;
                }
                blankSinceLast = false;
                lines.add(new Line(text.substring(s, e), number, s, e, block));
            } else {
                blankSinceLast = true;
            }
            if (lineEnd >= n) {
                break;
            }
            lineStart = lineEnd + (c[lineEnd] == '\r' && lineEnd + 1 < n && c[lineEnd + 1] == '\n' ? 2 : 1);
            number++;
        }
        return lines;
    }

    /** Whitespace as people see it: Java whitespace, Unicode space separators, BOM and NEL. */
    public static boolean isSpace(char c) {
        return (SPACES[c >>> 6] & 1L << c) != 0;
    }

    /**
     * {@link #isSpace(char)} for every char, one bit each: a lookup costs less than the tests.
     * Built from the list of such chars, which a test checks against {@link #isSpaceSlow} for
     * every char.
     */
    private static final long[] SPACES = new long[1 << 10];

    static {
        String spaces = "\t\n\u000B\f\r\u001C\u001D\u001E\u001F \u0085\u00A0\u1680\u2000\u2001\u2002\u2003"
                + "\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
        for (char c : spaces.toCharArray()) {
            SPACES[c >>> 6] |= 1L << c;
        }
    }

    /**
     * The definition: in ASCII the space, tab to carriage return and the separators U+001C to
     * U+001F; beyond, Unicode space separators, BOM and NEL.
     */
    static boolean isSpaceSlow(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u0085';
    }
}
