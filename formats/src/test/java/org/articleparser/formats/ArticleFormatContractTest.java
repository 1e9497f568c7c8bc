package org.articleparser.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleFormats;
import org.articleparser.core.spi.ArticleFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every built-in format promises through the service interface. */
class ArticleFormatContractTest {

    static Stream<ArticleFormat> formats() {
        return ArticleFormats.available().stream();
    }

    @Test
    void theEightBuiltInFormatsAreInstalled() {
        assertEquals(List.of("html", "json", "jsonl", "jsonld", "markdown", "ninjs", "nitf", "text"),
                ArticleFormats.available().stream().map(ArticleFormat::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void writingToAByteStreamIsUtf8OfWritingToText(ArticleFormat format) throws Exception {
        for (Article a : SeedArticles.all()) {
            StringBuilder text = new StringBuilder();
            format.write(a, "x.txt", text);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            format.write(a, "x.txt", bytes);
            assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), bytes.toByteArray(), a.headline());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aByteStreamIsFlushedAndNotClosed(ArticleFormat format) throws Exception {
        int[] flushes = {0};
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                flushes[0]++;
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        format.write(SeedArticles.all().get(0), "x.txt", bytes);
        assertTrue(flushes[0] >= 1, "flushed");
        assertTrue(!closed[0], "closed");
        assertTrue(bytes.size() > 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aNullArticleIsRejectedByName(ArticleFormat format) {
        NullPointerException e = assertThrows(NullPointerException.class, () -> format.write(null, null, new StringBuilder()));
        assertEquals("article", e.getMessage(), format.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void anEmptyArticleIsWritten(ArticleFormat format) {
        assertTrue(format.write(Article.empty()) != null);
        assertTrue(format.name().equals(format.name().toLowerCase(java.util.Locale.ROOT)));
        assertTrue(!format.fileExtension().startsWith("."));
    }
}
