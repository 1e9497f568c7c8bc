package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.articleparser.core.ArticleInputException;
import org.articleparser.core.ArticleInputException.Reason;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Byte-level decoding: limits, NUL bytes, every kind of malformed UTF-8 and its offset. */
class InputDecoderTest {

    private static Decoded lenient(byte[] bytes) throws ArticleInputException {
        return InputDecoder.decode(new ByteArrayInputStream(bytes), "in", 1 << 20, false);
    }

    private static byte[] hex(String hex) {
        String h = hex.replace(" ", "");
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    @Test
    void validUtf8DecodesWithoutWarnings() throws Exception {
        String text = "Kim’s ‘heyday’ — 😀 \uD83D\uDE00 \u00e9";
        Decoded d = lenient(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, d.text());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void byteOrderMarkIsKeptForTheSplitterToTrim() throws Exception {
        Decoded d = lenient(hex("EF BB BF 41"));
        assertEquals("\uFEFFA", d.text());
        assertEquals("A", LineSplitter.split(d.text()).get(0).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "lone continuation byte,        41 80 42,          1, 1",
        "truncated sequence at the end, 41 42 E2 82,       2, 1",
        "overlong encoding of '/',      41 C0 AF,          1, 2",
        "encoded surrogate (CESU-8),    41 ED A0 80,       1, 1",
        "beyond U+10FFFF,               F4 90 80 80,       0, 4",
        "invalid lead byte,             41 FF 42 FE,       1, 2",
        "Latin-1 text,                  43 61 66 E9 20 61, 3, 1",
    })
    void malformedInputIsReplacedAndItsFirstOffsetReported(String name, String bytes, long offset,
                                                           int sequences) throws Exception {
        Decoded d = lenient(hex(bytes));
        assertTrue(d.text().indexOf('\uFFFD') >= 0, name + ": " + d.text());
        assertEquals(1, d.warnings().size(), name);
        assertEquals(offset, d.warnings().get(0).position(), name);
        assertEquals("input.malformed-utf8", d.warnings().get(0).code());
        assertTrue(d.warnings().get(0).message().startsWith("invalid UTF-8 at byte " + offset), name);
        assertTrue(d.warnings().get(0).message().contains("(" + sequences + " malformed sequence(s)"),
                name + ": " + d.warnings().get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "lone continuation byte,  41 80 42,    1",
        "truncated at the end,    41 42 E2 82, 2",
        "encoded surrogate,       41 ED A0 80, 1",
    })
    void strictModeRejectsAtTheFirstBadByte(String name, String bytes, long offset) {
        ArticleInputException e = assertThrows(ArticleInputException.class,
                () -> InputDecoder.decode(new ByteArrayInputStream(hex(bytes)), "in", 100, true));
        assertEquals(Reason.MALFORMED_UTF8, e.reason());
        assertEquals(offset, e.position(), name);
        assertEquals("in: invalid UTF-8 at byte " + offset, e.getMessage());
    }

    @Test
    void everyMalformedSequenceIsCounted() throws Exception {
        Decoded d = lenient(hex("80 41 80 41 80"));
        assertEquals("\uFFFDA\uFFFDA\uFFFD", d.text());
        assertTrue(d.warnings().get(0).message().contains("3 malformed sequence(s)"), d.warnings().get(0).message());
    }

    @Test
    void nulAnywhereIsBinaryEvenAfterMalformedBytes() {
        ArticleInputException e = assertThrows(ArticleInputException.class,
                () -> lenient(hex("41 FF 42 00")));
        assertEquals(Reason.BINARY, e.reason());
        assertEquals(3, e.position());
    }

    @Test
    void limitIsInclusive() throws Exception {
        assertEquals("abc", InputDecoder.decode(new ByteArrayInputStream(hex("61 62 63")), "in", 3, true).text());
        ArticleInputException e = assertThrows(ArticleInputException.class,
                () -> InputDecoder.decode(new ByteArrayInputStream(hex("61 62 63 64")), "in", 3, true));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals("in: larger than the maximum of 3 bytes", e.getMessage());
    }

    @Test
    void emptyInputIsEmptyText() throws Exception {
        assertEquals("", lenient(new byte[0]).text());
    }

    @Property(tries = 3000)
    void theFastPathDecodesAsTheReportingOne(
            @ForAll @Size(max = 24) List<@From("utf8ish") Byte> bytes, @ForAll boolean strict) {
        byte[] b = new byte[bytes.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = bytes.get(i);
        }
        List<Object> fast = outcome(() -> InputDecoder.decode(new ByteArrayInputStream(b), "in", 100, strict));
        if (bytes.contains((byte) 0)) {
            assertEquals(Reason.BINARY, fast.get(0));
        } else {
            assertEquals(outcome(() -> InputDecoder.decode(b, "in", strict)), fast);
        }
    }

    /** Bytes that make up UTF-8 and break it: ASCII, lead and continuation bytes, U+FFFD's own. */
    @Provide
    Arbitrary<Byte> utf8ish() {
        return Arbitraries.of((byte) 0x41, (byte) 0x20, (byte) 0x00, (byte) 0x80, (byte) 0xBF, (byte) 0xBD,
                (byte) 0xC0, (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0xEF, (byte) 0xED, (byte) 0xA0,
                (byte) 0xF0, (byte) 0xF4, (byte) 0x90, (byte) 0x9F, (byte) 0xFF);
    }

    private interface Decoding {
        Decoded run() throws ArticleInputException;
    }

    /** The decoded text and warnings, or the exception's reason and message. */
    private static List<Object> outcome(Decoding d) {
        try {
            Decoded r = d.run();
            return List.of(r.text(), r.warnings());
        } catch (ArticleInputException e) {
            return List.of(e.reason(), e.getMessage());
        }
    }

    /**
     * A stream of {@code bytes} that says, before the first read, that it has {@code claimed}
     * bytes left, true or not, and hands them over three at a time.
     */
    private static InputStream claiming(byte[] bytes, int claimed) {
        return new InputStream() {
            private int pos;

            @Override
            public int available() {
                return pos == 0 ? claimed : bytes.length - pos;
            }

            @Override
            public int read() {
                return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (pos == bytes.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, 3), bytes.length - pos);
                System.arraycopy(bytes, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    @Property(tries = 2000)
    void whatTheStreamSaysItHoldsChangesNothingRead(@ForAll @Size(max = 40) byte[] bytes,
            @ForAll @IntRange(min = -1, max = 60) int claimed, @ForAll @IntRange(min = 1, max = 50) int limit)
            throws Exception {
        byte[] expected = Arrays.copyOf(bytes, Math.min(bytes.length, limit));
        assertArrayEquals(expected, InputDecoder.readAll(claiming(bytes, claimed), limit));
    }

    @Test
    void largeInputDecodesInOnePass() throws Exception {
        byte[] bytes = "é".repeat(1 << 19).getBytes(StandardCharsets.UTF_8);
        Decoded d = lenient(bytes);
        assertEquals(1 << 19, d.text().length());
    }
}
