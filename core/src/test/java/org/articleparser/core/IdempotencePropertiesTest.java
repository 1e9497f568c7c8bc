package org.articleparser.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Parsing what the parser produced gives the same article: {@code parse(rejoin(parse(x)))} equals
 * {@code parse(x)}, where {@link Layouts#rejoin} writes the placed pieces back one line per block.
 * (Switch to the {@code text} format once it lands.)
 */
class IdempotencePropertiesTest {

    @Provide
    Arbitrary<Path> seeds() {
        return Arbitraries.of(Seeds.texts());
    }

    @Property(tries = 20)
    void seedsReparseToTheSameArticle(@ForAll("seeds") Path seed) {
        Article once = Articles.parse(Seeds.read(seed));
        assertEquals(once, Articles.parse(Layouts.rejoin(once)), seed.getFileName().toString());
    }

    @Provide
    Arbitrary<String> mutatedSeeds() {
        return Generators.mutatedSeeds();
    }

    @Property(tries = 200)
    void mutatedSeedsReparseToTheSameArticle(@ForAll("mutatedSeeds") String text) {
        Article once = Articles.parse(text);
        assertEquals(once, Articles.parse(Layouts.rejoin(once)));
    }

    @Provide
    Arbitrary<String> articleLike() {
        return Generators.articleLike();
    }

    @Property(tries = 300)
    void generatedArticlesReparseToTheSameArticle(@ForAll("articleLike") String text) {
        Article once = Articles.parse(text);
        assertEquals(once, Articles.parse(Layouts.rejoin(once)));
    }
}
