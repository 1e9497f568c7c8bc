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
     * split into consecutive pieces that make up the line) and placements follow input order.
     */
    public static List<String> problems(String input, Article article) {
        List<String> problems = new ArrayList<>();
        String[] lines = input.split("\r\n|\r|\n", -1);
        TreeMap<Integer, StringBuilder> rebuilt = new TreeMap<>();
        int lastStart = -1;
        for (Placement p : article.placements()) {
            if (!input.substring(p.start(), p.end()).equals(p.text())) {
                problems.add("placement text differs from input at " + p.start() + ": " + p.text());
            }
            if (p.start() < lastStart) {
                problems.add("placement out of order at line " + p.line());
            }
            lastStart = p.start();
            rebuilt.computeIfAbsent(p.line(), k -> new StringBuilder()).append(p.text()).append(' ');
        }
        for (int i = 0; i < lines.length; i++) {
            String want = squash(lines[i]);
            StringBuilder got = rebuilt.remove(i + 1);
            if (want.isEmpty() && got == null) {
                continue;
            }
            if (got == null) {
                problems.add("line " + (i + 1) + " lost: " + lines[i]);
            } else if (!squash(got.toString()).equals(want)) {
                problems.add("line " + (i + 1) + " placed as '" + got.toString().strip() + "'");
            }
        }
        rebuilt.keySet().forEach(n -> problems.add("placement on line " + n + " that has no text"));
        return problems;
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
