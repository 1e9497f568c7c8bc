package org.articleparser.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.articleparser.core.ArticleInputException;
import org.articleparser.core.ArticleInputException.Reason;
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

    @Test
    void largeInputDecodesInOnePass() throws Exception {
        byte[] bytes = "é".repeat(1 << 19).getBytes(StandardCharsets.UTF_8);
        Decoded d = lenient(bytes);
        assertEquals(1 << 19, d.text().length());
    }
}
