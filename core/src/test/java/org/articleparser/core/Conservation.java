package org.articleparser.core;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.articleparser.core.internal.LineSplitter;

/** Checks that an article accounts for every non-blank line of its input, once and in order. */
public final class Conservation {

    private Conservation() {
    }

    /**
     * The problems found, empty when every non-blank input line is placed exactly once (whole, or
     * split into consecutive pieces with only whitespace between them that make up the line) and
     * placements follow input order without overlapping.
     */
    public static List<String> problems(String input, Article article) {
        List<String> problems = new ArrayList<>();
        String[] lines = input.split("\r\n|\r|\n", -1);
        TreeMap<Integer, int[]> spans = new TreeMap<>();
        int lastEnd = -1;
        for (Placement p : article.placements()) {
            if (p.end() > input.length() || !input.substring(p.start(), p.end()).equals(p.text())) {
                problems.add("placement text differs from input at " + p.start() + ": " + p.text());
                continue;
            }
            if (p.start() < lastEnd) {
                problems.add("placement out of order or overlapping at line " + p.line());
            } else if (lastEnd >= 0 && !isSpace(input.substring(lastEnd, p.start()))
                    && spans.containsKey(p.line())) {
                problems.add("text between pieces of line " + p.line() + " lost: "
                        + input.substring(lastEnd, p.start()));
            }
            lastEnd = p.end();
            int[] span = spans.computeIfAbsent(p.line(), k -> new int[] {p.start(), p.end()});
            span[1] = p.end();
        }
        for (int i = 0; i < lines.length; i++) {
            String want = squash(lines[i]);
            int[] span = spans.remove(i + 1);
            if (want.isEmpty() && span == null) {
                continue;
            }
            if (span == null) {
                problems.add("line " + (i + 1) + " lost: " + lines[i]);
            } else if (!squash(input.substring(span[0], span[1])).equals(want)) {
                problems.add("line " + (i + 1) + " placed as '" + input.substring(span[0], span[1]) + "'");
            }
        }
        spans.keySet().forEach(n -> problems.add("placement on line " + n + " that has no text"));
        return problems;
    }

    private static boolean isSpace(String s) {
        return s.chars().allMatch(c -> LineSplitter.isSpace((char) c));
    }

    /** Whitespace runs collapsed to one space, ends trimmed; whitespace as the parser sees it. */
    private static String squash(String s) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (LineSplitter.isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
