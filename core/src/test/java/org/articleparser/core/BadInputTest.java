package org.articleparser.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.articleparser.core.ArticleInputException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is not usable text, through the API: each case fails with
 * {@link ArticleInputException} naming the file and the reason, or, for empty and whitespace
 * input and default-mode malformed UTF-8, yields an article.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private ArticleInputException failure(ArticleParser parser, Path file, Reason reason) {
        ArticleInputException e = assertThrows(ArticleInputException.class, () -> parser.parse(file));
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(file.toString(), e.source());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().indexOf('\n') < 0, "one line: " + e.getMessage());
        return e;
    }

    @Test
    void emptyFileIsAnEmptyArticle() throws Exception {
        Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertEquals(Article.empty(), Articles.parse(f));
        assertEquals(List.of(), Articles.parse(f).placements());
    }

    @Test
    void whitespaceOnlyFileIsAnEmptyArticle() throws Exception {
        Path f = Files.writeString(dir.resolve("blank.txt"), "\uFEFF \t\r\n\u00A0\n\n   \r\n");
        assertEquals(Article.empty(), Articles.parse(f));
    }

    @Test
    void emptyAndBlankTextAreEmptyArticles() {
        assertEquals(Article.empty(), Articles.parse(""));
        assertEquals(Article.empty(), Articles.parse(" \n\t\r\n\u3000"));
    }

    @Test
    void missingFileIsNotFound() {
        ArticleInputException e = failure(Articles.defaultParser(), dir.resolve("missing.txt"), Reason.NOT_FOUND);
        assertTrue(e.getMessage().endsWith("no such file"), e.getMessage());
        assertEquals(-1, e.position());
    }

    @Test
    void directoryIsNotAFile() {
        ArticleInputException e = failure(Articles.defaultParser(), dir, Reason.NOT_A_FILE);
        assertTrue(e.getMessage().endsWith("is a directory"), e.getMessage());
    }

    @Test
    void unreadableFileIsUnreadable() throws Exception {
        Path f = Files.writeString(dir.resolve("secret.txt"), "A headline\n");
        try {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions on this file system");
        }
        assumeTrue(!Files.isReadable(f), "permissions do not apply (running as root?)");
        ArticleInputException e = failure(Articles.defaultParser(), f, Reason.UNREADABLE);
        assertTrue(e.getMessage().endsWith("permission denied"), e.getMessage());
    }

    @Test
    void fileLargerThanTheMaximumIsTooLarge() throws Exception {
        Path f = Files.writeString(dir.resolve("big.txt"), "x".repeat(101));
        ArticleParser parser = ArticleParser.builder().maxInputBytes(100).build();
        ArticleInputException e = failure(parser, f, Reason.TOO_LARGE);
        assertTrue(e.getMessage().endsWith("larger than the maximum of 100 bytes"), e.getMessage());
    }

    @Test
    void fileOfExactlyTheMaximumIsRead() throws Exception {
        Path f = Files.writeString(dir.resolve("edge.txt"), "x".repeat(100));
        assertEquals("x".repeat(100), ArticleParser.builder().maxInputBytes(100).build().parse(f).headline());
    }

    @Test
    void nulByteIsBinaryWithItsOffset() throws Exception {
        Path f = Files.write(dir.resolve("image.txt"), new byte[] {'G', 'I', 'F', '8', 0, 1, 2});
        ArticleInputException e = failure(Articles.defaultParser(), f, Reason.BINARY);
        assertEquals(4, e.position());
        assertTrue(e.getMessage().endsWith("binary data (NUL byte at offset 4)"), e.getMessage());
    }

    @Test
    void malformedUtf8IsReplacedWithAWarningByDefault() throws Exception {
        byte[] bytes = "Caf\u00e9 headline\n".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("latin1.txt"), bytes);
        Article a = Articles.parse(f);
        assertEquals("Caf\uFFFD headline", a.headline());
        assertEquals(1, a.warnings().size());
        ParseWarning w = a.warnings().get(0);
        assertEquals("input.malformed-utf8", w.code());
        assertEquals(3, w.position());
        assertTrue(w.message().startsWith("invalid UTF-8 at byte 3"), w.message());
    }

    @Test
    void malformedUtf8IsRejectedWhenStrict() throws Exception {
        Path f = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        ArticleParser strict = ArticleParser.builder().strictUtf8(true).build();
        ArticleInputException e = failure(strict, f, Reason.MALFORMED_UTF8);
        assertEquals(3, e.position());
        assertTrue(e.getMessage().endsWith("invalid UTF-8 at byte 3"), e.getMessage());
    }

    @Test
    void streamThatFailsIsUnreadable() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("connection reset");
            }
        };
        ArticleInputException e = assertThrows(ArticleInputException.class,
                () -> Articles.defaultParser().parse(broken, "http://example.com/a"));
        assertEquals(Reason.UNREADABLE, e.reason());
        assertEquals("http://example.com/a: cannot be read (connection reset)", e.getMessage());
        assertTrue(e.getCause() instanceof IOException);
    }

    @Test
    void streamIsNamedBySource() {
        ArticleInputException e = assertThrows(ArticleInputException.class,
                () -> Articles.defaultParser().parse(new ByteArrayInputStream(new byte[] {0}), "stdin"));
        assertEquals("stdin: binary data (NUL byte at offset 0)", e.getMessage());
    }

    @Test
    void callerMistakesFailFast() {
        assertThrows(NullPointerException.class, () -> Articles.parse((CharSequence) null));
        assertThrows(NullPointerException.class, () -> Articles.parse((Path) null));
        assertThrows(NullPointerException.class, () -> Articles.defaultParser().parse(null, "x"));
        assertThrows(NullPointerException.class,
                () -> Articles.defaultParser().parse(new ByteArrayInputStream(new byte[0]), null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleParser.builder().maxInputBytes(0));
        assertTrue(e.getMessage().contains("maxInputBytes") && e.getMessage().endsWith(": 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ArticleParser.builder().extraBoilerplate(List.of(" ")));
    }

    @Test
    void exceptionIsAnIoExceptionWithItsParts() {
        ArticleInputException e = new ArticleInputException(Reason.BINARY, "x.txt", "binary data", 7, null);
        assertTrue(e instanceof IOException);
        assertEquals("x.txt: binary data", e.getMessage());
        assertEquals(7, e.position());
        assertThrows(NullPointerException.class,
                () -> new ArticleInputException(null, "x.txt", "d", -1, null));
    }
}
