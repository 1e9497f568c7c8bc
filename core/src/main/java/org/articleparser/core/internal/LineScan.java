package org.articleparser.core.internal;

import java.util.Locale;
import org.articleparser.core.internal.Classifier.WordSketch;

/**
 * The one pass over a line's chars whose results the classifier's tests share: the catalog key
 * ({@link PhraseCatalog#key}), the number of words ({@link Credits#words}) and the word sketch
 * ({@link WordSketch#of}). Each is what its own method gives; lines holding the chars that
 * {@link String#toLowerCase} treats apart (surrogates, capital sigma, dotted capital I) are
 * handed to those methods.
 *
 * @param key    the catalog key: lower case, runs of whitespace as one space, trimmed
 * @param words  the number of runs of non-space chars
 * @param sketch the words' sketch
 */
record LineScan(String key, int words, WordSketch sketch) {

    /** The chars below this are looked up in tables: the alphabets, punctuation and symbols. */
    private static final int TABLE = 0x3000;

    /** {@link Character#toLowerCase(char)} below {@link #TABLE}, or {@link #SET_APART}. */
    private static final char[] LOWER = new char[TABLE];

    /** {@link #LETTER} and {@link #SPACE} for the chars below {@link #TABLE}. */
    private static final byte[] KIND = new byte[TABLE];

    /** The char's lower case is a letter or number ({@code Shape.isWordChar}). */
    private static final int LETTER = 1;

    /** The char is a space ({@link LineSplitter#isSpace}). */
    private static final int SPACE = 2;

    /** Marks the chars {@link String#toLowerCase} treats apart: capital sigma and dotted capital I. */
    private static final char SET_APART = '\uFFFF';

    static {
        for (char c = 0; c < TABLE; c++) {
            char lower = Character.toLowerCase(c);
            LOWER[c] = c == '\u03A3' || c == '\u0130' ? SET_APART : lower;
            KIND[c] = (byte) kind(c, lower);
        }
    }

    private static int kind(char c, char lower) {
        return (Classifier.Shape.isWordChar(lower) ? LETTER : 0) | (LineSplitter.isSpace(c) ? SPACE : 0);
    }

    static LineScan of(String line) {
        char[] buf = line.toCharArray(); // String.charAt costs a range check per call on UTF-16 strings
        int n = buf.length;
        int len = 0; // the key so far, written over buf
        int spaces = 0;
        boolean space = false; // whether a space is to go before the next non-space char
        WordSketch sketch = new WordSketch();
        int h = 0;
        boolean in = false; // inside a word
        for (int i = 0; i < n; i++) {
            char c = buf[i];
            int kind;
            if (c < TABLE) {
                kind = KIND[c];
                c = LOWER[c];
                if (c == SET_APART) {
                    return scanApart(line);
                }
            } else if (Character.isSurrogate(c)) {
                return scanApart(line);
            } else {
                char lower = Character.toLowerCase(c);
                kind = kind(c, lower);
                c = lower;
            }
            if ((kind & LETTER) != 0) {
                h = 31 * h + c;
                in = true;
            } else {
                if (in) {
                    sketch.add(h ^ (h >>> 16));
                    h = 0;
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
            sketch.add(h ^ (h >>> 16));
        }
        return new LineScan(new String(buf, 0, len), len == 0 ? 0 : spaces + 1, sketch);
    }

    /** {@code text.toLowerCase(Locale.ROOT).toCharArray()}, by table where it can. */
    static char[] lowerCase(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char lower = c[i] < TABLE ? LOWER[c[i]] : SET_APART;
            if (lower == SET_APART) {
                return text.toLowerCase(Locale.ROOT).toCharArray();
            }
            c[i] = lower;
        }
        return c;
    }

    private static LineScan scanApart(String line) {
        return new LineScan(PhraseCatalog.key(line), Credits.words(line), WordSketch.of(line));
    }
}
