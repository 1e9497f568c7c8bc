package org.articleparser.examples.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.articleparser.core.ArticleFormats;
import org.articleparser.core.spi.ArticleFormat;
import org.articleparser.examples.cli.ArticlesCli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every installed format, built-in or not, writes every seed from the command line. */
class EveryFormatFromTheCliTest {

    static Stream<String> formats() {
        return ArticleFormats.available().stream().map(ArticleFormat::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void everySeedIsWritten(String format) throws Exception {
        Path seeds = Path.of("..", "seeds");
        long count;
        try (Stream<Path> files = Files.list(seeds)) {
            count = files.filter(p -> p.toString().endsWith(".txt")).count();
        }
        assertTrue(count > 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ArticlesCli.run(new String[] {"--format", format, seeds.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ArticlesCli.OK, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertTrue(out.size() > 100 * count, format);
    }
}
