package org.articleparser.core.internal;

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

    /** For every char, its lower case ({@link Character#toLowerCase(char)}), or {@link #SET_APART}. */
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

    /** For every char, {@link #SPACE}, {@link #IRREGULAR} and {@link #WORD}. */
    private static final byte[] FLAGS = new byte[Character.MAX_VALUE + 1];

    /** The char is the space U+0020. */
    private static final int SPACE = 1;

    /**
     * The char makes a line leave the plain path: a space other than U+0020
     * ({@link LineSplitter#isSpace}) or a char marked {@link #SET_APART}.
     */
    private static final int IRREGULAR = 2;

    /** The char is a letter or number ({@code Shape.isWordChar}). */
    private static final int WORD = 4;

    /**
     * Marks the chars {@link String#toLowerCase} treats apart: surrogates, capital sigma and dotted
     * capital I (and U+FFFF, which is not a character: its lines take the same exact path).
     */
    private static final char SET_APART = '\uFFFF';

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean apart = c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c) || c == SET_APART;
            boolean space = LineSplitter.isSpace(c);
            LOWER[i] = apart ? SET_APART : Character.toLowerCase(c);
            FLAGS[i] = (byte) ((c == ' ' ? SPACE : 0) | (apart || space && c != ' ' ? IRREGULAR : 0)
                    | (Classifier.Shape.isWordChar(c) ? WORD : 0));
        }
    }

    private final String line;
    private final String key;
    private final int words;
    private final boolean apart;
    private TrigramSet trigrams;

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
            char c = buf[i];
            int f = FLAGS[c];
            flags |= f;
            spaces += f & SPACE;
            buf[i] = LOWER[c];
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

    /** Whether {@code c} is a letter or number, as {@code Shape.isWordChar} says, by table. */
    static boolean isWordChar(char c) {
        return (FLAGS[c] & WORD) != 0;
    }

    /** {@code text.toLowerCase(Locale.ROOT).toCharArray()}, by table where it can. */
    static char[] lowerCase(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char lower = LOWER[c[i]];
            if (lower == SET_APART) {
                return text.toLowerCase(Locale.ROOT).toCharArray();
            }
            c[i] = lower;
        }
        return c;
    }
}
