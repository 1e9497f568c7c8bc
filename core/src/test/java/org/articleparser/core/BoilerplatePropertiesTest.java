package org.articleparser.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Common site furniture added above or below a seed leaves its headline and body alone. */
class BoilerplatePropertiesTest {

    /** Lines that sit above an article on many sites. */
    static final List<String> HEAD = List.of("Skip to content", "Menu", "Search", "Home", "Sign in",
            "Advertisement", "[ad_1]", "Share this article", "Share on Facebook", "Tweet", "Email",
            "Subscribe to our newsletter", "Back to top");

    /** Lines that sit below an article on many sites. */
    static final List<String> TAIL = List.of("Source link", "[ad_2]", "Share this:", "Facebook", "Twitter",
            "Advertisement", "Leave a comment", "Subscribe to our newsletter", "Back to top",
            "Copyright © 2024 Example Media. All rights reserved.", "Print", "Share");

    @Provide
    Arbitrary<Path> seeds() {
        return Arbitraries.of(Seeds.texts());
    }

    @Provide
    Arbitrary<List<String>> head() {
        return Arbitraries.of(HEAD).list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<String>> tail() {
        return Arbitraries.of(TAIL).list().ofMaxSize(5);
    }

    @Property(tries = 200)
    void boilerplateAroundASeedLeavesHeadlineAndBodyUnchanged(@ForAll("seeds") Path seed,
            @ForAll("head") List<String> head, @ForAll("tail") List<String> tail,
            @ForAll boolean blankLines) {
        String text = Seeds.read(seed);
        String sep = blankLines ? "\n\n" : "\n";
        String padded = (head.isEmpty() ? "" : String.join(sep, head) + sep) + text
                + (tail.isEmpty() ? "" : "\n" + String.join(sep, tail) + "\n");
        Article plain = Articles.parse(text);
        Article article = Articles.parse(padded);
        String name = seed.getFileName() + " with " + head + " / " + tail;
        assertEquals(plain.headline(), article.headline(), name + ": headline");
        assertEquals(plain.paragraphs(), article.paragraphs(), name + ": paragraphs");
        assertEquals(plain.dateline(), article.dateline(), name + ": dateline");
        assertEquals(List.of(), Conservation.problems(padded, article));
    }
}
