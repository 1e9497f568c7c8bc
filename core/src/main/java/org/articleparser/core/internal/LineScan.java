package org.articleparser.core.internal;

import java.util.Locale;
import org.articleparser.core.internal.Classifier.WordSketch;
import org.articleparser.core.internal.Classifier.WordTable;

/**
 * The one pass over a line's chars whose results the classifier's tests share: the catalog key
 * (as {@link PhraseCatalog#unicodeKey} defines it), the number of words ({@link Credits#words})
 * and the word sketch (the sketch of the line's {@link Classifier.WordTable}). Lines holding the
 * chars that {@link String#toLowerCase} treats apart (surrogates, capital sigma, dotted capital
 * I) are handed to those definitions.
 *
 * @param key    the catalog key: lower case, runs of whitespace as one space, trimmed
 * @param words  the number of runs of non-space chars
 * @param sketch the words' sketch
 */
record LineScan(String key, int words, WordSketch sketch) {

    /**
     * For every char, filled in on first use: its lower case ({@link Character#toLowerCase(char)},
     * or {@link #SET_APART}) in the high 16 bits, {@link #LETTER} and {@link #SPACE}, and
     * {@link #KNOWN} so that 0 means not yet found. An int is written whole, so threads that
     * race to fill an entry write the same value and a reader sees 0 or the value.
     */
    private static final int[] CHARS = new int[Character.MAX_VALUE + 1];

    /** The char's lower case is a letter or number ({@code Shape.isWordChar}). */
    private static final int LETTER = 1;

    /** The char is a space ({@link LineSplitter#isSpace}). */
    private static final int SPACE = 2;

    /** The entry is filled in. */
    private static final int KNOWN = 4;

    /**
     * Marks the chars {@link String#toLowerCase} treats apart: surrogates, capital sigma and dotted
     * capital I (and U+FFFF, which is not a character: its lines take the same exact path).
     */
    private static final char SET_APART = '\uFFFF';

    private static int entry(char c) {
        int e = CHARS[c];
        if (e == 0) {
            char lower = Character.toLowerCase(c);
            boolean apart = c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c);
            e = (apart ? SET_APART : lower) << 16 | KNOWN | (Classifier.Shape.isWordChar(lower) ? LETTER : 0)
                    | (LineSplitter.isSpace(c) ? SPACE : 0);
            CHARS[c] = e;
        }
        return e;
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
        int len = 0; // the key so far, written over buf
        int spaces = 0;
        boolean space = false; // whether a space is to go before the next non-space char
        WordSketch sketch = new WordSketch();
        int sum = 0; // of the word's chars: its hash needs no multiply per char
        int from = 0; // where the word starts in the key
        boolean in = false; // inside a word
        for (int i = 0; i < n; i++) {
            int kind = entry(buf[i]);
            char c = (char) (kind >>> 16);
            if (c == SET_APART) {
                return scanApart(line);
            }
            if ((kind & LETTER) != 0) {
                if (!in) {
                    in = true;
                    from = space ? len + 1 : len;
                }
                sum += c;
            } else {
                if (in) {
                    sketch.add(WordTable.hash(sum, len - from, buf[from], buf[len - 1]));
                    sum = 0;
                    in = false;
                }
                if ((kind & SPACE) != 0) {
                    space = len > 0;
                    continue;
                }
            }
            // a letter or other non-space char: into the key, after one space for a run of them
            if (space) {
                buf[len++] = ' ';
                spaces++;
                space = false;
            }
            buf[len++] = c;
        }
        if (in) {
            sketch.add(WordTable.hash(sum, len - from, buf[from], buf[len - 1]));
        }
        return new LineScan(new String(buf, 0, len), len == 0 ? 0 : spaces + 1, sketch);
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

    private static LineScan scanApart(String line) {
        return new LineScan(PhraseCatalog.unicodeKey(line), Credits.words(line),
                Classifier.WordTable.of(line).sketch());
    }
}
