package org.articleparser.formats.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleFormats;
import org.articleparser.core.spi.ArticleFormat;

/**
 * The JSON formats encode as they write to a byte stream: the bytes are the UTF-8 of what they
 * write as text, for any text a decoder can give (no surrogate without its pair), and a lone
 * surrogate, which UTF-8 cannot carry, is kept as an escape rather than turned into '?'.
 */
class JsonBytesPropertiesTest {

    private static final List<ArticleFormat> FORMATS = List.of("json", "jsonl", "jsonld", "ninjs").stream()
            .map(name -> ArticleFormats.byName(name).orElseThrow()).toList();

    @Property(tries = 300)
    void bytesAreTheUtf8OfTheText(@ForAll("wellFormed") Article article) throws IOException {
        for (ArticleFormat format : FORMATS) {
            StringBuilder text = new StringBuilder();
            format.write(article, "in.txt", text);
            assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), bytes(format, article), format.name());
        }
    }

    @Property(tries = 300)
    void anyTextIsReadBackFromTheBytes(@ForAll("anyText") Article article) throws IOException {
        for (String name : List.of("json", "jsonl")) {
            ArticleFormat format = ArticleFormats.byName(name).orElseThrow();
            String json = new String(bytes(format, article), StandardCharsets.UTF_8);
            Article back = JsonFormat.standard().read(new StringReader(json)).orElseThrow();
            assertEquals(article.headline(), back.headline(), name);
            assertEquals(article.paragraphs(), back.paragraphs(), name);
        }
    }

    @Example
    void eachDocumentFlushesTheStreamOnce() throws IOException {
        Article article = Article.builder().headline("Headline").addParagraph("A paragraph.").build();
        for (ArticleFormat format : FORMATS) {
            int[] flushes = {0};
            format.write(article, "in.txt", new ByteArrayOutputStream() {
                @Override
                public void flush() {
                    flushes[0]++;
                }
            });
            assertEquals(1, flushes[0], format.name());
        }
    }

    @Provide
    Arbitrary<Article> wellFormed() {
        return articles(Arbitraries.strings().all().ofMaxLength(40).filter(JsonBytesPropertiesTest::pairsSurrogates));
    }

    @Provide
    Arbitrary<Article> anyText() {
        Arbitrary<String> lone = Arbitraries.chars().range('\uD800', '\uDFFF').map(String::valueOf);
        return articles(Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Combinators.combine(Arbitraries.strings().ofMaxLength(10), lone, Arbitraries.strings().ofMaxLength(10))
                        .as((a, b, c) -> a + b + c)));
    }

    private static Arbitrary<Article> articles(Arbitrary<String> text) {
        return Combinators.combine(text, text.list().ofMaxSize(4)).as((headline, paragraphs) -> {
            Article.Builder b = Article.builder().headline(headline);
            paragraphs.forEach(b::addParagraph);
            return b.build();
        });
    }

    private static byte[] bytes(ArticleFormat format, Article article) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(article, "in.txt", out);
        return out.toByteArray();
    }

    /** Whether every surrogate in {@code s} is half of a pair, as in any decoded text. */
    private static boolean pairsSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
