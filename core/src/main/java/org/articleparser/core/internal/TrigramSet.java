package org.articleparser.core.internal;

/**
 * The runs of three chars in a text, one bit each of {@value #BITS}: a text holding a string
 * holds every run of three chars of the string, so a string with one run whose bit is clear is
 * not in the text. A cheap first test before searching a line for a phrase or a word.
 */
final class TrigramSet {

    static final int BITS = 4096;

    private final long[] bits;

    private TrigramSet(long[] bits) {
        this.bits = bits;
    }

    /** The runs of three chars of {@code text}. */
    static TrigramSet of(String text) {
        char[] t = text.toCharArray(); // String.charAt costs a range check per call on UTF-16 strings
        long[] bits = new long[BITS / 64];
        for (int i = 2; i < t.length; i++) {
            int bit = bitOf((long) t[i - 2] << 32 | (long) t[i - 1] << 16 | t[i]);
            bits[bit >>> 6] |= 1L << bit;
        }
        return new TrigramSet(bits);
    }

    /** The bit of three chars, 16 bits each. */
    private static int bitOf(long run) {
        return (int) ((run * 0x9E3779B97F4A7C15L) >>> 52); // the top twelve bits: one of BITS
    }

    /**
     * Whether the text may hold {@code s[from, to)}: false only when one of its runs of three
     * chars is not in the text. A string shorter than three chars may always be there.
     */
    boolean mayHold(char[] s, int from, int to) {
        for (int i = from + 2; i < to; i++) {
            int bit = bitOf((long) s[i - 2] << 32 | (long) s[i - 1] << 16 | s[i]);
            if ((bits[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    /** {@link #mayHold(char[], int, int)} for all of {@code s}. */
    boolean mayHold(char[] s) {
        return mayHold(s, 0, s.length);
    }
}
