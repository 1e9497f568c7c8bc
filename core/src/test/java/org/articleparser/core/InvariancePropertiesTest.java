package org.articleparser.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.articleparser.core.Layouts.LineEnd;
import org.articleparser.core.Layouts.Noise;

/**
 * Layout does not change the article: line ends (LF, CRLF, CR), a byte order mark, spaces, tabs
 * and non-breaking spaces around lines, extra blank lines between blocks, and a final newline or
 * none all give an equal article (content compared, placements aside) that still conserves lines.
 */
class InvariancePropertiesTest {

    @Provide
    Arbitrary<Path> seeds() {
        return Arbitraries.of(Seeds.texts());
    }

    @Provide
    Arbitrary<Noise> noise() {
        Arbitrary<String> space = Arbitraries.of(" ", "\t", "\u00A0", "\u2009", "\u3000", "\u202F")
                .list().ofMaxSize(3).map(l -> String.join("", l));
        return Combinators.combine(Arbitraries.of(LineEnd.class), Arbitraries.of(true, false), space, space,
                Arbitraries.integers().between(0, 3), Arbitraries.of(true, false)).as(Noise::new);
    }

    @Property(tries = 300)
    void seedsParseTheSameWhateverTheLayout(@ForAll("seeds") Path seed, @ForAll("noise") Noise noise) {
        String text = Seeds.read(seed);
        String noisy = Layouts.apply(text, noise);
        Article article = Articles.parse(noisy);
        assertEquals(Articles.parse(text), article, seed.getFileName() + " with " + noise);
        assertEquals(List.of(), Conservation.problems(noisy, article));
    }

    @Property(tries = 300)
    void generatedArticlesParseTheSameWhateverTheLayout(@ForAll("articleLike") String text,
                                                         @ForAll("noise") Noise noise) {
        String noisy = Layouts.apply(text, noise);
        Article article = Articles.parse(noisy);
        assertEquals(Articles.parse(text), article, noise.toString());
        assertEquals(List.of(), Conservation.problems(noisy, article));
    }

    @Provide
    Arbitrary<String> articleLike() {
        return Generators.articleLike();
    }

    @Property(tries = 50)
    void everyLineEndGivesTheSameArticle(@ForAll("seeds") Path seed) {
        String text = Seeds.read(seed);
        Article lf = Articles.parse(text.replace("\r\n", "\n"));
        assertEquals(lf, Articles.parse(text.replace("\r\n", "\n").replace("\n", "\r\n")));
        assertEquals(lf, Articles.parse(text.replace("\r\n", "\n").replace("\n", "\r")));
        assertEquals(lf, Articles.parse("\uFEFF" + text));
    }
}
