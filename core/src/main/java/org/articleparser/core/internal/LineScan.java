package org.articleparser.core.internal;

import java.util.Arrays;
import java.util.Locale;

/**
 * The one pass over a line's chars whose results the classifier's tests share: the catalog key
 * (as {@link PhraseCatalog#unicodeKey} defines it) and the number of words ({@link Credits#words}).
 * The same pass sketches the key's words ({@link WordSketch}), which tells most pairs of lines
 * that share few words, and most lines without a catalog phrase, from the rest without a word
 * table or a search. Lines holding the chars that {@link String#toLowerCase} treats apart
 * (surrogates, capital sigma, dotted capital I) are handed to those definitions, and get their
 * sketch from their word table when it is first asked for.
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

    /** The char's lower case is a letter or number: a char of a word of the key. */
    private static final int LOWER_WORD = 16;

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
                | (apart || space && c != ' ' ? IRREGULAR : 0) | (Classifier.Shape.isWordChar(c) ? WORD : 0)
                | (Classifier.Shape.isWordChar(Character.toLowerCase(c)) ? LOWER_WORD : 0);
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
    /** The sketch of the words, or null until asked for on a line with chars set apart. */
    private WordSketch sketch;
    /**
     * At least the number of distinct words of the line's word table, found on first use: the
     * number of runs of letters and numbers in the key, or the table's count for a line with
     * chars set apart.
     */
    private int distinct = -1;

    private LineScan(String line, String key, int words, boolean apart, WordSketch sketch) {
        this.line = line;
        this.key = key;
        this.words = words;
        this.apart = apart;
        this.sketch = sketch;
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

    /**
     * {@return the sketch of the words of the line's word table} The scan makes it, but for a
     * line with chars set apart, whose table is made when it is first asked for.
     */
    WordSketch sketch() {
        if (sketch == null) {
            Classifier.WordTable table = Classifier.WordTable.of(this);
            distinct = table.count();
            sketch = table.sketch();
        }
        return sketch;
    }

    /** {@link #distinct}, found on first use. */
    private int distinct() {
        if (distinct < 0) {
            if (apart) {
                sketch(); // counts the table's words
            } else {
                int count = 0;
                int before = 0; // WORD when the char before is a letter or number
                for (int i = 0; i < key.length(); i++) {
                    int word = entry(key.charAt(i)) & WORD;
                    count += (word & ~before) >>> 2;
                    before = word;
                }
                distinct = count;
            }
        }
        return distinct;
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
        // is their lower case, found char by char with no branch on what the char is. So is the
        // sketch of its words: a char of no word adds the word before it, if any, by a mask.
        int flags = 0;
        int spaces = 0;
        long[] sketch = new long[WordSketch.LONGS];
        int hash = 0; // of the word so far; 0 outside words
        int inWord = 0; // -1 after a char of a word, else 0
        for (int i = 0; i < n; i++) {
            int e = CHARS[buf[i]];
            flags |= e;
            spaces += e & SPACE;
            char lower = (char) (e >>> 16);
            buf[i] = lower;
            int word = -((e & LOWER_WORD) >>> 4); // -1 for a char of a word, else 0
            WordSketch.addIf(sketch, hash, inWord & ~word);
            hash = WordSketch.hash(hash, lower) & word;
            inWord = word;
        }
        WordSketch.addIf(sketch, hash, inWord);
        if ((flags & UNKNOWN) != 0) {
            // a char met for the first time: fill in the line's entries and scan it again
            for (int i = 0; i < n; i++) {
                entry(line.charAt(i));
            }
            return of(line, scratch);
        }
        if ((flags & IRREGULAR) == 0 && (n == 0 || buf[0] != ' ' && buf[n - 1] != ' ')
                && (spaces < 2 || line.indexOf("  ") < 0)) {
            return new LineScan(line, new String(buf, 0, n), n == 0 ? 0 : spaces + 1, false, new WordSketch(sketch));
        }
        for (int i = 0; i < n; i++) {
            if (buf[i] == SET_APART) {
                return new LineScan(line, PhraseCatalog.unicodeKey(line), Credits.words(line), true, null);
            }
        }
        // collapsing spaces leaves the runs of letters and numbers, and so the sketch, as they are
        return collapsed(line, buf, new WordSketch(sketch));
    }

    /** The scan of a line without chars set apart whose lower case is in {@code buf}. */
    private static LineScan collapsed(String line, char[] buf, WordSketch sketch) {
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
        return new LineScan(line, new String(buf, 0, len), words, false, sketch);
    }

    /**
     * Whether the line {@code in} may hold {@code share} or more of this line's distinct words:
     * never false where {@link Classifier.WordTable#shareIn} of the two lines' tables is
     * {@code share} or more. Each bit of this line's sketch that is clear in {@code in}'s stands
     * for at least one word {@code in} lacks, and this line has at most {@link #distinct} words.
     */
    boolean mayShareIn(LineScan in, double share) {
        int words = distinct();
        if (words == 0) {
            return share <= 0;
        }
        int missing = sketch().missingFrom(in.sketch());
        return (double) (words - missing) / words >= share;
    }

    /**
     * The sketch of the words inside {@code text}, a catalog key: its runs of letters and numbers
     * with a char of no word before and after them. The key of any line without chars set apart
     * that holds {@code text} has each of them as a word of its own, so its sketch holds them all.
     */
    static WordSketch innerWords(String text) {
        long[] bits = new long[WordSketch.LONGS];
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int from = i;
            int hash = 0;
            for (; i < n && isWordChar(text.charAt(i)); i++) {
                hash = WordSketch.hash(hash, text.charAt(i));
            }
            if (from > 0 && i < n) {
                WordSketch.add(bits, hash);
            }
        }
        return new WordSketch(bits);
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
