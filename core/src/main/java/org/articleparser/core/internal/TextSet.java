package org.articleparser.core.internal;

/**
 * A set of lines' texts, for telling whether a line repeats one seen before. A {@code HashSet}
 * would hash every line whole, a pass over all its chars; this one files a text under a print
 * of its length and a few chars at each end, in an open-addressing table, and compares whole
 * texts only when their prints are equal.
 */
final class TextSet {

    /** The chars taken from each end of a text for its print. */
    private static final int ENDS = 4;

    private long[] prints = new long[16];
    private String[] texts = new String[16];
    private int size;

    /** Adds {@code text}; returns whether it was not yet in the set. */
    boolean add(String text) {
        long print = print(text);
        int slot = find(text, print);
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

    boolean contains(String text) {
        return texts[find(text, print(text))] != null;
    }

    /** The slot holding {@code text}, or the empty slot where it would go. */
    private int find(String text, long print) {
        int mask = texts.length - 1;
        int h = (int) (print ^ print >>> 32) * 0x9E3779B9;
        int slot = (h ^ h >>> 16) & mask;
        while (texts[slot] != null && !(prints[slot] == print && texts[slot].equals(text))) {
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

    private static long print(String text) {
        int n = text.length();
        long print = n;
        for (int i = 0; i < Math.min(ENDS, n); i++) {
            print = 31 * (31 * print + text.charAt(i)) + text.charAt(n - 1 - i);
        }
        return print;
    }
}
