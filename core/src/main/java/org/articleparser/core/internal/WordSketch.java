package org.articleparser.core.internal;

/**
 * The distinct words of a text, one bit each of {@value #BITS} by a hash of their chars: equal
 * words set the same bit, so a word whose bit is clear in another text's sketch is not in that
 * text. A cheap first test of how many words two texts share, before their word tables.
 */
final class WordSketch {

    static final int BITS = 512;

    /** The longs of {@value #BITS} bits. */
    static final int LONGS = BITS / 64;

    private final long[] bits;

    /** The sketch of the bits set in {@code bits}, {@value #LONGS} longs, which it keeps. */
    WordSketch(long[] bits) {
        this.bits = bits;
    }

    /**
     * The hash of a word's chars so far, one more char taken: a word's hash starts at 0 and
     * takes its chars in order. One rotate and one xor per char: a short chain of dependent
     * operations from one char to the next.
     */
    static int hash(int hash, char c) {
        return Integer.rotateLeft(hash, 5) ^ c;
    }

    /** Sets the bit in {@code bits} of a word's hash. */
    static void add(long[] bits, int hash) {
        addIf(bits, hash, -1L);
    }

    /** Sets the bit in {@code bits} of a word's hash if {@code mask} is all ones; with 0, nothing. */
    static void addIf(long[] bits, int hash, long mask) {
        int bit = (hash * 0x9E3779B1) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(BITS));
        bits[bit >>> 6] |= (1L << bit) & mask;
    }

    /** Whether every bit of {@code words} is set here: never false where this text holds all those words. */
    boolean holdsAll(WordSketch words) {
        for (int i = 0; i < bits.length; i++) {
            if ((words.bits[i] & ~bits[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many of this sketch's bits are clear in {@code in}: no more than the number of this
     * text's distinct words that {@code in}'s text does not hold.
     */
    int missingFrom(WordSketch in) {
        int missing = 0;
        for (int i = 0; i < bits.length; i++) {
            missing += Long.bitCount(bits[i] & ~in.bits[i]);
        }
        return missing;
    }
}
