package org.articleparser.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlesCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ArticlesCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badFilesAreNamedAndTheOthersStillWritten(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "A headline\n\nSEOUL (AP) — A paragraph of text.\n");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Path missing = dir.resolve("missing.txt");
        int code = run("--format", "jsonl", binary.toString(), good.toString(), missing.toString());
        assertEquals(ArticlesCli.SOME_FAILED, code);
        String[] lines = out().split("\n");
        assertEquals(1, lines.length);
        assertTrue(lines[0].contains("\"headline\":\"A headline\""), lines[0]);
        assertTrue(lines[0].contains("\"source\":\"" + good.toString().replace("\\", "\\\\") + "\""), lines[0]);
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains(binary + ": binary data"), messages);
        assertTrue(messages.contains(missing + ": no such file"), messages);
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ArticlesCli.USAGE, run("--frobnicate", "x.txt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --frobnicate"));
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertEquals(ArticlesCli.USAGE, run("--format", "nope", "x.txt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown format 'nope'"));
    }

    @Test
    void everyFormatEndsEachArticleWithOneNewline(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "A headline\n\nSEOUL (AP) — A paragraph of text.\n");
        for (var format : org.articleparser.core.ArticleFormats.available()) {
            out.reset();
            assertEquals(ArticlesCli.OK, run("--format", format.name(), file.toString()), format.name());
            assertTrue(out().endsWith("\n") && !out().endsWith("\n\n"), format.name() + ": " + out());
        }
    }

    @Test
    void noInputIsAUsageError() {
        assertEquals(ArticlesCli.USAGE, run());
    }

    @Test
    void listFormatsShowsTheInstalledOnes() {
        assertEquals(ArticlesCli.OK, run("--list-formats"));
        assertTrue(out().contains("json "), out());
        assertTrue(out().contains("jsonl "), out());
    }

    @Test
    void helpDescribesEveryOption() {
        assertEquals(ArticlesCli.OK, run("--help"));
        for (String option : new String[] {"--format", "--list-formats", "--explain", "--strict-utf8", "--max-bytes", "--debug",
            "--threads", "--quiet"}) {
            assertTrue(out().contains(option), option);
        }
    }

    @Test
    void explainPrintsEveryLinesRule(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "Skip to content\n\nThe headline\n\nBody text that is a sentence.\n");
        assertEquals(ArticlesCli.OK, run("--explain", f.toString()));
        assertTrue(out().contains("boilerplate.navigation"), out());
        assertTrue(out().contains("headline.first-line"), out());
    }

    @Test
    void directoryStandsForItsTextFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Second\n");
        Files.writeString(dir.resolve("a.txt"), "First\n");
        Files.writeString(dir.resolve("notes.md"), "ignored\n");
        assertEquals(ArticlesCli.OK, run(dir.toString()));
        String[] lines = out().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].contains("\"headline\":\"First\""));
        assertTrue(lines[1].contains("\"headline\":\"Second\""));
    }

    @Test
    void parallelOutputKeepsTheInputOrder(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 200; i++) {
            Files.writeString(dir.resolve(String.format("%03d.txt", i)),
                    "Headline number " + i + "\n\n" + "A sentence of body text. ".repeat(i % 17 + 1) + "\n");
        }
        Files.write(dir.resolve("100.txt"), new byte[] {'a', 0, 'b'});
        assertEquals(ArticlesCli.SOME_FAILED, run("--threads", "1", dir.toString()));
        String single = out();
        String singleErr = err.toString(StandardCharsets.UTF_8);
        out.reset();
        err.reset();
        assertEquals(ArticlesCli.SOME_FAILED, run("--threads", "4", "--quiet", dir.toString()));
        assertEquals(single, out());
        assertEquals(singleErr, err.toString(StandardCharsets.UTF_8));
        String[] lines = out().split("\n");
        assertEquals(199, lines.length);
        assertTrue(lines[0].contains("\"headline\":\"Headline number 0\""), lines[0]);
        assertTrue(lines[198].contains("\"headline\":\"Headline number 199\""), lines[198]);
    }

    @Test
    void threadsMustBePositive() {
        assertEquals(ArticlesCli.USAGE, run("--threads", "0", "x.txt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--threads must be between 1 and 1024: 0"));
    }
}
