package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The space table agrees with the character classes it is built from, for every char. */
class LineSplitterTest {

    @Test
    void spaceTableIsTheCharacterClasses() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(LineSplitter.isSpaceSlow(ch), LineSplitter.isSpace(ch), () -> Integer.toHexString(ch));
        }
    }
}
