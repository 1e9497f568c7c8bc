package org.articleparser.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Text never fails: any UTF-16 string, with lone surrogates, control characters, NUL and very
 * long lines, yields an article that conserves its lines; any byte array read as a stream yields
 * an article or an {@link ArticleInputException}, nothing else.
 */
class TotalityPropertiesTest {

    @Provide
    Arbitrary<String> anyChars() {
        Arbitrary<String> chunk = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u0000', '\u0020').ofMaxLength(20),
                Arbitraries.of("\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u0000", "\u00A0"),
                Arbitraries.of(Generators.RULE_LINES),
                Arbitraries.strings().withChars("-—–.:,()/|[] ").ofMinLength(1000).ofMaxLength(5000),
                Arbitraries.strings().alpha().withChars(' ').ofMinLength(2000).ofMaxLength(20000));
        return chunk.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void anyStringParsesAndConservesLines(@ForAll("anyChars") String text) {
        Article article = Articles.parse(text);
        assertEquals(List.of(), Conservation.problems(text, article));
    }

    @Property(tries = 300)
    void anyBytesParseOrFailWithTheCheckedException(@ForAll byte[] bytes, @ForAll boolean strict) {
        ArticleParser parser = ArticleParser.builder().strictUtf8(strict).build();
        try {
            Article article = parser.parse(new ByteArrayInputStream(bytes), "fuzz");
            assertNotNull(article);
        } catch (ArticleInputException e) {
            assertNotNull(e.reason());
        }
    }
}
