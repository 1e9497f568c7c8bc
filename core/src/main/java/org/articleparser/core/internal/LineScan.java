package org.articleparser.core.internal;

import java.util.Arrays;
import java.util.Locale;

/**
 * The one pass over a line's chars whose results the classifier's tests share: the catalog key
 * (as {@link PhraseCatalog#unicodeKey} defines it) and the number of words ({@link Credits#words}).
 * The key's {@link TrigramSet}, which tells most lines without a word from those with it without
 * a search, is made when a test first asks for it. Lines holding the chars that
 * {@link String#toLowerCase} treats apart (surrogates, capital sigma, dotted capital I) are
 * handed to those definitions.
 */
final class LineScan {

    /**
     * For every char: its lower case ({@link Character#toLowerCase(char)}, or {@link #SET_APART})
     * in the high 16 bits, and {@link #SPACE}, {@link #IRREGULAR} and {@link #WORD}; or just
     * {@link #UNKNOWN} until the char is first met, so that start-up does not pay for 65,536
     * chars. An int is written whole, so threads that race to fill an entry write the same
     * value and a reader sees {@code UNKNOWN} or the value.
     */
    private static final int[] CHARS = new int[Character.MAX_VALUE + 1];

    /** The char is the space U+0020. */
    private static final int SPACE = 1;

    /**
     * The char makes a line leave the plain path: a space other than U+0020
     * ({@link LineSplitter#isSpace}) or a char marked {@link #SET_APART}.
     */
    private static final int IRREGULAR = 2;

    /** The char is a letter or number ({@code Shape.isWordChar}). */
    private static final int WORD = 4;

    /** The entry is not filled in yet. */
    private static final int UNKNOWN = 8;

    /**
     * Marks the chars {@link String#toLowerCase} treats apart: surrogates, capital sigma and dotted
     * capital I (and U+FFFF, which is not a character: its lines take the same exact path).
     */
    private static final char SET_APART = '\uFFFF';

    static {
        Arrays.fill(CHARS, UNKNOWN);
        for (char c = 0; c < 0x100; c++) {
            fill(c);
        }
    }

    /** Fills in and returns the entry of {@code c}. */
    private static int fill(char c) {
        boolean apart = c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c) || c == SET_APART;
        boolean space = LineSplitter.isSpace(c);
        int e = (apart ? SET_APART : Character.toLowerCase(c)) << 16 | (c == ' ' ? SPACE : 0)
                | (apart || space && c != ' ' ? IRREGULAR : 0) | (Classifier.Shape.isWordChar(c) ? WORD : 0);
        CHARS[c] = e;
        return e;
    }

    /** The entry of {@code c}, filled in if it is not yet. */
    private static int entry(char c) {
        int e = CHARS[c];
        return (e & UNKNOWN) == 0 ? e : fill(c);
    }

    private final String line;
    private final String key;
    private final int words;
    private final boolean apart;
    private TrigramSet trigrams;
    /** The number of runs of letters and numbers in the key, counted on first use. */
    private int runs = -1;

    private LineScan(String line, String key, int words, boolean apart) {
        this.line = line;
        this.key = key;
        this.words = words;
        this.apart = apart;
    }

    /** {@return the line scanned} */
    String line() {
        return line;
    }

    /** {@return the catalog key: lower case, runs of whitespace as one space, trimmed} */
    String key() {
        return key;
    }

    /** {@return the number of runs of non-space chars} */
    int words() {
        return words;
    }

    /** {@return whether the line holds a char that {@link String#toLowerCase} treats apart} */
    boolean apart() {
        return apart;
    }

    /** {@return the runs of three chars of the key, found once} */
    TrigramSet trigrams() {
        if (trigrams == null) {
            trigrams = TrigramSet.of(key);
        }
        return trigrams;
    }

    static LineScan of(String line) {
        return of(line, new char[line.length()]);
    }

    /**
     * Scans {@code line} using {@code scratch}, at least as long as the line, for its chars: one
     * buffer serves every line of an article.
     */
    static LineScan of(String line, char[] scratch) {
        char[] buf = scratch; // String.charAt costs a range check per call on UTF-16 strings
        int n = line.length();
        line.getChars(0, n, buf, 0);
        // Most lines hold single spaces between words and nothing that lower-cases apart: their key
        // is their lower case, found char by char with no branch on what the char is.
        int flags = 0;
        int spaces = 0;
        for (int i = 0; i < n; i++) {
            int e = CHARS[buf[i]];
            flags |= e;
            spaces += e & SPACE;
            buf[i] = (char) (e >>> 16);
        }
        if ((flags & UNKNOWN) != 0) {
            // a char met for the first time: fill in the line's entries and scan it again
            for (int i = 0; i < n; i++) {
                entry(line.charAt(i));
            }
            return of(line, scratch);
        }
        if ((flags & IRREGULAR) == 0 && (n == 0 || buf[0] != ' ' && buf[n - 1] != ' ')
                && (spaces < 2 || line.indexOf("  ") < 0)) {
            return new LineScan(line, new String(buf, 0, n), n == 0 ? 0 : spaces + 1, false);
        }
        for (int i = 0; i < n; i++) {
            if (buf[i] == SET_APART) {
                return new LineScan(line, PhraseCatalog.unicodeKey(line), Credits.words(line), true);
            }
        }
        return collapsed(line, buf);
    }

    /** The scan of a line without chars set apart whose lower case is in {@code buf}. */
    private static LineScan collapsed(String line, char[] buf) {
        int n = line.length();
        int len = 0; // the key so far, written over buf
        int words = 0;
        boolean space = false; // whether a space is to go before the next non-space char
        for (int i = 0; i < n; i++) {
            char c = buf[i];
            if (LineSplitter.isSpace(line.charAt(i))) {
                space = len > 0;
                continue;
            }
            if (space || len == 0) {
                words++;
            }
            if (space) {
                buf[len++] = ' ';
                space = false;
            }
            buf[len++] = c;
        }
        return new LineScan(line, new String(buf, 0, len), words, false);
    }

    /**
     * Whether a line with the trigrams {@code in} may hold {@code share} or more of this line's
     * distinct words: never false where {@link Classifier.WordTable#shareIn} of the two lines'
     * tables is {@code share} or more. A word with a run of three chars missing from {@code in}
     * is not in that line. The words are walked in the key, and as the runs of letters and
     * numbers are at least as many as the distinct words, the answer is no as soon as so many
     * different words are missing that even that many words would fall below the share.
     */
    boolean mayShareIn(TrigramSet in, double share) {
        if (apart) {
            return Classifier.WordTable.of(this).mayShareIn(in, share);
        }
        String k = key;
        int n = k.length();
        int runs = runs();
        if (runs == 0) {
            return share <= 0;
        }
        int[] missing = null; // the different words found missing, as start and end
        int count = 0;
        for (int i = 0; i < n; ) {
            if (!isWordChar(k.charAt(i))) {
                i++;
                continue;
            }
            int from = i;
            do {
                i++;
            } while (i < n && isWordChar(k.charAt(i)));
            if (in.mayHold(k, from, i)) {
                continue;
            }
            if (missing == null) {
                // the most that can go missing before the answer is no, and one to spare
                missing = new int[2 * Math.max(1, (int) Math.min(runs, (1 - share) * runs + 2))];
            } else if (2 * count == missing.length) {
                missing = Arrays.copyOf(missing, 2 * missing.length);
            }
            if (!found(k, missing, count, from, i)) {
                missing[2 * count] = from;
                missing[2 * count + 1] = i;
                if ((double) (runs - ++count) / runs < share) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether one of the first {@code count} ranges in {@code ranges} holds the word {@code k[from, to)}. */
    private static boolean found(String k, int[] ranges, int count, int from, int to) {
        for (int r = 0; r < count; r++) {
            int start = ranges[2 * r];
            if (ranges[2 * r + 1] - start == to - from && k.regionMatches(start, k, from, to - from)) {
                return true;
            }
        }
        return false;
    }

    private int runs() {
        if (runs < 0) {
            int count = 0;
            int before = 0; // WORD when the char before is a letter or number
            for (int i = 0; i < key.length(); i++) {
                int word = entry(key.charAt(i)) & WORD;
                count += (word & ~before) >>> 2;
                before = word;
            }
            runs = count;
        }
        return runs;
    }

    /** Whether {@code c} is a letter or number, as {@code Shape.isWordChar} says, by table. */
    static boolean isWordChar(char c) {
        return (entry(c) & WORD) != 0;
    }

    /** {@code text.toLowerCase(Locale.ROOT).toCharArray()}, by table where it can. */
    static char[] lowerCase(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char lower = (char) (entry(c[i]) >>> 16);
            if (lower == SET_APART) {
                return text.toLowerCase(Locale.ROOT).toCharArray();
            }
            c[i] = lower;
        }
        return c;
    }
}
