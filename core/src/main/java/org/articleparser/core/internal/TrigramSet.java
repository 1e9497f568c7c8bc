package org.articleparser.core.internal;

/**
 * The runs of three chars in a text, one bit each of {@value #BITS}: a text holding a string
 * holds every run of three chars of the string, so a string with one run whose bit is clear is
 * not in the text. A cheap first test before searching a line for a phrase or a word.
 */
final class TrigramSet {

    static final int BITS = 2048;

    private final long[] bits;

    private TrigramSet(long[] bits) {
        this.bits = bits;
    }

    /** The runs of three chars of {@code text}. */
    static TrigramSet of(String text) {
        long[] bits = new long[BITS / 64];
        long run = 0; // the last three chars
        for (int i = 0; i < text.length(); i++) {
            run = (run << 16 | text.charAt(i)) & RUN;
            if (i >= 2) {
                int bit = bitOf(run);
                bits[bit >>> 6] |= 1L << bit;
            }
        }
        return new TrigramSet(bits);
    }

    /** Three chars of 16 bits. */
    private static final long RUN = (1L << 48) - 1;

    /** The bit of three chars, 16 bits each. */
    private static int bitOf(long run) {
        return (int) ((run * 0x9E3779B97F4A7C15L) >>> 53); // the top eleven bits: one of BITS
    }

    /**
     * Whether the text may hold {@code s[from, to)}: false only when one of its runs of three
     * chars is not in the text. A string shorter than three chars may always be there.
     */
    boolean mayHold(CharSequence s, int from, int to) {
        for (int i = from + 2; i < to; i++) {
            int bit = bitOf((long) s.charAt(i - 2) << 32 | (long) s.charAt(i - 1) << 16 | s.charAt(i));
            if ((bits[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }
}
