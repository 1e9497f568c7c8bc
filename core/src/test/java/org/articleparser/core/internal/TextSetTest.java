package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The text set answers as a hash set of the same texts does. */
class TextSetTest {

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
