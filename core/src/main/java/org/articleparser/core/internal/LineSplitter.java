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
        int lineStart = 0;
        int number = 1;
        int block = 0;
        boolean blankSinceLast = false;
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
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
            lineStart = lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < n
                    && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
            number++;
        }
        return lines;
    }

    /** Whitespace as people see it: Java whitespace, Unicode space separators, BOM and NEL. */
    public static boolean isSpace(char c) {
        if (c < 0x80) {
            // ASCII: the space, tab to carriage return, and the separators U+001C to U+001F.
            return c == ' ' || c <= '\r' && c >= '\t' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u0085';
    }
}
