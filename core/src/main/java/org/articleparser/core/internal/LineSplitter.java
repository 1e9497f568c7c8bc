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
        int n = text.length();
        // Line ends are found with indexOf, which scans fast, and no copy of the text is made.
        int nextLf = text.indexOf('\n');
        int nextCr = text.indexOf('\r');
        int lineStart = 0;
        int number = 1;
        int block = 0;
        boolean blankSinceLast = false;
        while (lineStart <= n) {
            if (nextLf >= 0 && nextLf < lineStart) {
                nextLf = text.indexOf('\n', lineStart);
            }
            if (nextCr >= 0 && nextCr < lineStart) {
                nextCr = text.indexOf('\r', lineStart);
            }
            int lineEnd = nextLf < 0 ? (nextCr < 0 ? n : nextCr) : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
            int s = lineStart;
            int e = lineEnd;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
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
            lineStart = lineEnd + (lineEnd == nextCr && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
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
