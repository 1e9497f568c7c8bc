package org.articleparser.core.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * A set of lines' texts, for telling whether a line repeats one seen before. A {@code HashSet}
 * would hash every line whole, a pass over all its chars; this one files a text under a print
 * of its length and a few chars at each end, in an open-addressing table, and compares whole
 * texts only when their prints are equal. Once two different texts share a print, which input
 * can be made to do for every line, it moves its texts into a {@code HashSet}, whose time per
 * text stays bounded.
 */
final class TextSet {

    /** The chars taken from each end of a text for its print. */
    private static final int ENDS = 4;

    private long[] prints = new long[16];
    private String[] texts = new String[16];
    private int size;
    private Set<String> whole;

    /** Adds {@code text}; returns whether it was not yet in the set. */
    boolean add(String text) {
        if (whole == null) {
            long print = print(text);
            int slot = find(text, print);
            if (slot >= 0) {
                if (texts[slot] != null) {
                    return false;
                }
                prints[slot] = print;
                texts[slot] = text;
                if (++size * 2 > texts.length) {
                    grow();
                }
                return true;
            }
            toWhole();
        }
        return whole.add(text);
    }

    boolean contains(String text) {
        if (whole == null) {
            int slot = find(text, print(text));
            if (slot >= 0) {
                return texts[slot] != null;
            }
            toWhole();
        }
        return whole.contains(text);
    }

    /**
     * The slot holding {@code text}, or the empty slot where it would go; -1 when a different
     * text with the same print is in the way.
     */
    private int find(String text, long print) {
        int mask = texts.length - 1;
        int h = (int) (print ^ print >>> 32) * 0x9E3779B9;
        int slot = (h ^ h >>> 16) & mask;
        while (texts[slot] != null) {
            if (prints[slot] == print) {
                return texts[slot].equals(text) ? slot : -1;
            }
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldPrints = prints;
        String[] oldTexts = texts;
        prints = new long[oldTexts.length * 2];
        texts = new String[oldTexts.length * 2];
        for (int i = 0; i < oldTexts.length; i++) {
            if (oldTexts[i] != null) {
                int slot = find(oldTexts[i], oldPrints[i]);
                prints[slot] = oldPrints[i];
                texts[slot] = oldTexts[i];
            }
        }
    }

    private void toWhole() {
        whole = new HashSet<>();
        for (String t : texts) {
            if (t != null) {
                whole.add(t);
            }
        }
        prints = null;
        texts = null;
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
