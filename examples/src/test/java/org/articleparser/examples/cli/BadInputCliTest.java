package org.articleparser.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleFormats;
import org.articleparser.core.spi.ArticleFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the command line: every failing file gets one line on stderr naming it,
 * the other files are still written, stdout stays valid JSON Lines, and the exit code says
 * whether anything failed (0 ok, 1 some inputs failed, 2 usage error).
 */
class BadInputCliTest {

    private static final ArticleFormat JSONL = ArticleFormats.byName("jsonl").orElseThrow();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ArticlesCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> errLines() {
        String e = err.toString(StandardCharsets.UTF_8);
        return e.isEmpty() ? List.of() : List.of(e.split("\n"));
    }

    /** Every stdout line read back as an article: the output is valid JSON Lines. */
    private List<Article> articles() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            Optional<Article> a = JSONL.read(new StringReader(line));
            assertTrue(a.isPresent(), "not an article: " + line);
            articles.add(a.get());
        }
        return articles;
    }

    private Path good() throws IOException {
        return Files.writeString(dir.resolve("good.txt"),
                "A headline for the good file\n\nSEOUL (AP) — A paragraph of text that is long enough.\n");
    }

    /** Runs {@code bad} between two good files and checks the shared contract; returns the message. */
    private String failsAlone(Path bad, String... options) throws IOException {
        Path good = good();
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(List.of("--format", "jsonl", good.toString(), bad.toString(), good.toString()));
        assertEquals(ArticlesCli.SOME_FAILED, run(args.toArray(String[]::new)), err.toString(StandardCharsets.UTF_8));
        List<Article> written = articles();
        assertEquals(2, written.size(), out.toString(StandardCharsets.UTF_8));
        assertEquals("A headline for the good file", written.get(0).headline());
        List<String> messages = errLines();
        assertEquals(1, messages.size(), messages.toString());
        String message = messages.get(0);
        assertTrue(message.startsWith("article-parser: " + bad + ": "), message);
        assertTrue(!message.contains("Exception") && !message.contains("\tat "), message);
        return message;
    }

    @Test
    void emptyFileIsAnEmptyArticle() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertEquals(ArticlesCli.OK, run("--format", "jsonl", empty.toString()));
        assertEquals(List.of(Article.empty()), articles());
        assertEquals(List.of(), errLines());
    }

    @Test
    void whitespaceOnlyFileIsAnEmptyArticle() throws Exception {
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\r\n\u00A0\n\n");
        assertEquals(ArticlesCli.OK, run("--format", "jsonl", blank.toString(), good().toString()));
        List<Article> written = articles();
        assertEquals(2, written.size());
        assertEquals(Article.empty(), written.get(0));
        assertEquals(List.of(), errLines());
    }

    @Test
    void emptyFileAloneIsPrettyJson() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertEquals(ArticlesCli.OK, run(empty.toString()));
        Optional<Article> a = ArticleFormats.byName("json").orElseThrow()
                .read(new StringReader(out.toString(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(Article.empty()), a);
    }

    @Test
    void missingFileIsNamedAndTheOthersWritten() throws Exception {
        Path missing = dir.resolve("missing.txt");
        assertEquals("article-parser: " + missing + ": no such file", failsAlone(missing));
    }

    @Test
    void directoryStandsForItsTextFilesAndAnEmptyOneForNothing() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.createDirectory(sub.resolve("folder.txt"));
        assertEquals(ArticlesCli.OK, run("--format", "jsonl", sub.toString()));
        assertEquals(List.of(), articles());
        assertEquals(List.of(), errLines());
    }

    @Test
    void unreadableFileIsNamedAndTheOthersWritten() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "A headline\n");
        try {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions on this file system");
        }
        assumeTrue(!Files.isReadable(secret), "permissions do not apply (running as root?)");
        assertEquals("article-parser: " + secret + ": permission denied", failsAlone(secret));
    }

    @Test
    void unlistableDirectoryIsNamedAndTheRestOfTheWalkWritten() throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        for (String sub : List.of("a", "b", "c")) {
            Files.createDirectory(corpus.resolve(sub));
            Files.writeString(corpus.resolve(sub + "/1.txt"),
                    "The headline of folder " + sub + "\n\nSEOUL (AP) — A paragraph of text that is long enough.\n");
        }
        Path locked = corpus.resolve("b");
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions on this file system");
        }
        try {
            assumeTrue(!Files.isReadable(locked), "permissions do not apply (running as root?)");
            assertEquals(ArticlesCli.SOME_FAILED, run("--format", "jsonl", corpus.toString()));
            assertEquals(List.of("The headline of folder a", "The headline of folder c"),
                    articles().stream().map(Article::headline).toList());
            List<String> messages = errLines();
            assertEquals(1, messages.size(), messages.toString());
            assertTrue(messages.get(0).startsWith("article-parser: " + locked + ": cannot list directory"), messages.get(0));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void invalidPathIsNamedAndTheOthersWritten() throws Exception {
        Path good = good();
        String invalid = "bad\0name.txt"; // no file system takes a NUL in a name
        assertEquals(ArticlesCli.SOME_FAILED, run("--format", "jsonl", good.toString(), invalid, good.toString()));
        assertEquals(2, articles().size());
        List<String> messages = errLines();
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("article-parser: " + invalid + ": not a valid path ("), messages.get(0));
    }

    @Test
    void tooLargeFileIsNamedAndTheOthersWritten() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(200));
        assertEquals("article-parser: " + big + ": larger than the maximum of 150 bytes",
                failsAlone(big, "--max-bytes", "150"));
    }

    @Test
    void binaryFileIsNamedAndTheOthersWritten() throws Exception {
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {'G', 'I', 'F', 0, 1});
        assertEquals("article-parser: " + binary + ": binary data (NUL byte at offset 3)", failsAlone(binary));
    }

    @Test
    void malformedUtf8IsRejectedWithStrictUtf8() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 headline\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("article-parser: " + latin1 + ": invalid UTF-8 at byte 3", failsAlone(latin1, "--strict-utf8"));
    }

    @Test
    void malformedUtf8IsReplacedAndTheWarningWrittenByDefault() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 headline\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(ArticlesCli.OK, run("--format", "jsonl", latin1.toString()));
        assertEquals("Caf\uFFFD headline", articles().get(0).headline());
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"warnings\"") && json.contains("invalid UTF-8 at byte 3"), json);
    }

    @Test
    void everyKindOfFailureInOneRun() throws Exception {
        Path good = good();
        Path missing = dir.resolve("missing.txt");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0});
        Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(5000));
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'C', (byte) 0xE9});
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        int code = run("--strict-utf8", "--max-bytes", "4096", missing.toString(), good.toString(), binary.toString(),
                big.toString(), latin1.toString(), empty.toString());
        assertEquals(ArticlesCli.SOME_FAILED, code);
        List<Article> written = articles();
        assertEquals(2, written.size());
        assertEquals(Article.empty(), written.get(1));
        List<String> messages = errLines();
        assertEquals(4, messages.size(), messages.toString());
        Path[] failed = {missing, binary, big, latin1};
        for (int i = 0; i < failed.length; i++) {
            assertTrue(messages.get(i).startsWith("article-parser: " + failed[i] + ": "), messages.get(i));
        }
    }

    @Test
    void usageErrorsExitWithTwoAndParseNothing() throws Exception {
        Path good = good();
        assertEquals(ArticlesCli.USAGE, run("--max-bytes", "lots", good.toString()));
        assertEquals(ArticlesCli.USAGE, run("--max-bytes", "0", good.toString()));
        assertEquals(ArticlesCli.USAGE, run("--max-bytes"));
        assertEquals(ArticlesCli.USAGE, run("--format"));
        assertEquals(ArticlesCli.USAGE, run("--bogus", good.toString()));
        assertEquals(ArticlesCli.USAGE, run());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        for (String line : errLines()) {
            assertTrue(line.startsWith("article-parser: "), line);
        }
        assertEquals(6, errLines().size(), errLines().toString());
    }
}
