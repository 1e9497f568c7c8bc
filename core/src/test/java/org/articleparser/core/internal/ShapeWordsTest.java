package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.articleparser.core.internal.Classifier.Shape;
import org.articleparser.core.internal.Classifier.WordTable;

/**
 * The hand tokenizer and the word table agree with the regular-expression split they replace, and
 * the sketch test never turns away a pair the table would accept.
 */
class ShapeWordsTest {

    private static Set<String> regexWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @Property(tries = 2000)
    void wordsAreTheRegularExpressionSplit(@ForAll String text) {
        assertEquals(regexWords(text), Shape.words(text));
    }

    @Property(tries = 2000)
    void wordsOfMixedScriptsAreTheRegularExpressionSplit(
            @ForAll @StringLength(max = 60) @Chars({'a', 'B', 'z', '1', ' ', '-', '’', 'İ', 'Σ', 'ß', 'é', 'Ⅻ', '²', '\uD83D', '\uDE00'})
            @CharRange(from = '\u0370', to = '\u0390') String text) {
        assertEquals(regexWords(text), Shape.words(text));
    }

    @Property(tries = 2000)
    void wordTableShareIsTheSetShare(
            @ForAll @StringLength(max = 80) @Chars({'a', 'b', 'A', 'B', ' ', ',', 'İ', 'é', '1'}) String mine,
            @ForAll @StringLength(max = 80) @Chars({'a', 'b', 'A', 'B', ' ', ',', 'İ', 'é', '1'}) String in) {
        assertEquals(Shape.share(regexWords(mine), regexWords(in)), WordTable.of(mine).shareIn(WordTable.of(in)));
    }

    @Property(tries = 3000)
    void sketchesNeverRejectWhatTheTableAccepts(
            @ForAll @StringLength(max = 60) @Chars({'a', 'b', 'c', 'A', ' ', 'é', '1', 'İ', '\uD835', '\uDC00'}) String mine,
            @ForAll @StringLength(max = 120) @Chars({'a', 'b', 'c', 'B', ' ', 'é', '2', 'İ', '\uD835', '\uDC00'}) String in) {
        double share = WordTable.of(mine).shareIn(WordTable.of(in));
        for (double threshold : new double[] {0.5, 0.8, 1.0}) {
            if (share >= threshold) {
                assertTrue(LineScan.of(mine).mayShareIn(LineScan.of(in), threshold));
            }
        }
    }

    @Test
    void aWordMissingManyTimesCountsOnce() {
        String mine = "abc abc abc abc dd";
        String in = "dd xyz";
        assertEquals(0.5, WordTable.of(mine).shareIn(WordTable.of(in)));
        assertTrue(LineScan.of(mine).mayShareIn(LineScan.of(in), 0.5));
        assertFalse(LineScan.of(mine).mayShareIn(LineScan.of(in), 0.9)); // 4 of 5 runs at most
    }

    @Test
    void sketchesRejectALineOfOtherWords() {
        LineScan caption = LineScan.of("Firefighters battle the blaze near the harbour on Monday night");
        LineScan paragraph = LineScan.of("Parliament voted on Tuesday to extend the budget talks by a week, "
                + "after ministers failed to agree on pension reform.");
        LineScan echo = LineScan.of("On Monday night, firefighters battle the blaze that broke out near the "
                + "old harbour, officials said.");
        assertFalse(caption.mayShareIn(paragraph, 0.8));
        assertTrue(caption.mayShareIn(echo, 0.8));
    }
}
