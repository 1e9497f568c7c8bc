package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The text set answers as a hash set of the same texts does. */
class TextSetTest {

    @Test
    void textsSharingTheirLengthAndEnds() {
        // Every text has the same print: the set moves them into a hash set, and still answers right.
        TextSet texts = new TextSet();
        for (int i = 0; i < 2_000; i++) {
            assertTrue(texts.add(String.format("Line %07d end.", i)));
        }
        assertTrue(texts.contains("Line 0001234 end."));
        assertFalse(texts.contains("Line 0001234 end!"));
        assertFalse(texts.add("Line 0000007 end."));
    }

    @Property(tries = 500)
    void answersAsAHashSet(
            @ForAll @Size(max = 60) List<@StringLength(max = 12) @Chars({'a', 'b', ' ', 'é'}) String> added,
            @ForAll @Size(max = 60) List<@StringLength(max = 12) @Chars({'a', 'b', ' ', 'é'}) String> asked) {
        TextSet texts = new TextSet();
        Set<String> expected = new HashSet<>();
        for (String t : added) {
            assertEquals(expected.add(t), texts.add(t), t);
        }
        for (String t : asked) {
            assertEquals(expected.contains(t), texts.contains(t), t);
        }
    }
}
