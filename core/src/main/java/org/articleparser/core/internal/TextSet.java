package org.articleparser.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of lines' texts, for telling whether a line repeats one seen before. A {@code HashSet}
 * would hash every line whole, a pass over all its chars; this one files a text under its
 * length and a few chars at each end, and compares whole texts only with those filed alike.
 */
final class TextSet {

    /** The chars taken from each end of a text for its print. */
    private static final int ENDS = 4;

    private final Map<Long, List<String>> byPrint = new HashMap<>();

    /** Adds {@code text}; returns whether it was not yet in the set. */
    boolean add(String text) {
        List<String> alike = byPrint.computeIfAbsent(print(text), p -> new ArrayList<>(1));
        if (alike.contains(text)) {
            return false;
        }
        alike.add(text);
        return true;
    }

    boolean contains(String text) {
        List<String> alike = byPrint.get(print(text));
        return alike != null && alike.contains(text);
    }

    private static long print(String text) {
        int n = text.length();
        long print = n;
        for (int i = 0; i < Math.min(ENDS, n); i++) {
            print = 31 * (31 * print + text.charAt(i)) + text.charAt(n - 1 - i);
        }
        return print;
    }
}
