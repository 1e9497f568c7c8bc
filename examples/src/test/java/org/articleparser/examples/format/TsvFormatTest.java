package org.articleparser.examples.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleFormats;
import org.articleparser.examples.cli.ArticlesCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example format is found by the service loader and by the command line, like a built-in one. */
class TsvFormatTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int cli(String... args) {
        return ArticlesCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void theServiceLoaderFindsIt() {
        assertTrue(ArticleFormats.byName("tsv").orElseThrow() instanceof TsvFormat);
    }

    @Test
    void theCommandLineListsIt() {
        assertEquals(ArticlesCli.OK, cli("--list-formats"));
        assertTrue(out.toString(StandardCharsets.UTF_8).lines().anyMatch(l -> l.startsWith("tsv ")),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCommandLineWritesIt(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "The headline\n\nSEOUL (AP) — Body text that is a sentence.\n");
        assertEquals(ArticlesCli.OK, cli("--format", "tsv", f.toString()));
        String row = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertEquals(f + "\tThe headline\t\t0\t1\t6\t0\t0", row);
    }

    @Test
    void tabsAndLineBreaksStayInTheirCell() {
        Article a = Article.builder().headline("a\tb\nc\\d").build();
        assertEquals("\ta\\tb\\nc\\\\d\t\t0\t0\t0\t0\t0\n", new TsvFormat().write(a));
    }
}
