package org.articleparser.core.internal;

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

    static LineScan of(String line) {
        char[] buf = line.toCharArray(); // String.charAt costs a range check per call on UTF-16 strings
        int n = buf.length;
        int len = 0;
        int spaces = 0;
        boolean space = false;
        WordSketch sketch = new WordSketch();
        int h = 0;
        boolean in = false;
        for (int i = 0; i < n; i++) {
            char c = buf[i];
            boolean letter;
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                letter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            } else if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
                return new LineScan(PhraseCatalog.key(line), Credits.words(line), WordSketch.of(line));
            } else {
                c = Character.toLowerCase(c);
                letter = Classifier.Shape.isWordChar(c);
            }
            if (letter) {
                h = 31 * h + c;
                in = true;
            } else {
                if (in) {
                    sketch.add(h ^ (h >>> 16));
                    h = 0;
                    in = false;
                }
                if (LineSplitter.isSpace(c)) {
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
}
