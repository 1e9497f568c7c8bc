package org.articleparser.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.articleparser.core.ArticleInputException;
import org.articleparser.core.ArticleInputException.Reason;
import org.articleparser.core.ParseWarning;

/** Reads bytes with a size limit and decodes them as UTF-8, reporting where they go wrong. */
public final class InputDecoder {

    private InputDecoder() {
    }

    /**
     * Reads all of {@code in} and decodes it.
     *
     * @throws ArticleInputException if the stream fails, exceeds {@code maxBytes}, holds a NUL
     *                               byte, or is malformed while {@code strict}
     */
    public static Decoded decode(InputStream in, String source, long maxBytes, boolean strict)
            throws ArticleInputException {
        byte[] bytes;
        try {
            bytes = readAll(in, (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new ArticleInputException(Reason.UNREADABLE, source,
                    "cannot be read (" + e.getMessage() + ")", -1, e);
        }
        if (bytes.length > maxBytes) {
            throw new ArticleInputException(Reason.TOO_LARGE, source,
                    "larger than the maximum of " + maxBytes + " bytes", maxBytes, null);
        }
        // The JDK's own decoding is the fast one; what it turns into U+FFFD, or a NUL, is looked
        // at again byte by byte. A NUL byte is a NUL char whatever bytes surround it.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0) {
            int i = 0;
            while (bytes[i] != 0) {
                i++;
            }
            throw new ArticleInputException(Reason.BINARY, source,
                    "binary data (NUL byte at offset " + i + ")", i, null);
        }
        return text.indexOf('\uFFFD') < 0 ? new Decoded(text, List.of()) : decode(bytes, source, strict);
    }

    /**
     * Reads {@code in} to its end, or its first {@code limit} bytes. When the stream says how
     * many bytes it has left ({@link InputStream#available()}: a file's or a byte array's size)
     * they are read into one array of that size, with no buffer to grow and no copy; a stream
     * that then holds more is read on to the end or the limit, one that holds less is cut.
     */
    static byte[] readAll(InputStream in, int limit) throws IOException {
        int left = in.available();
        if (left <= 0 || left >= limit) {
            return in.readNBytes(limit);
        }
        byte[] bytes = new byte[left];
        int n = in.readNBytes(bytes, 0, left);
        if (n < left) {
            return Arrays.copyOf(bytes, n);
        }
        int next = in.read();
        if (next < 0) {
            return bytes;
        }
        byte[] rest = in.readNBytes(limit - left - 1);
        byte[] all = Arrays.copyOf(bytes, left + 1 + rest.length);
        all[left] = (byte) next;
        System.arraycopy(rest, 0, all, left + 1, rest.length);
        return all;
    }

    /**
     * Decodes {@code bytes}, replacing each malformed sequence with U+FFFD and reporting the
     * first, or rejecting it if {@code strict}.
     */
    static Decoded decode(byte[] bytes, String source, boolean strict) throws ArticleInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        long firstBad = -1;
        int badSequences = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (result.isError()) {
                if (firstBad < 0) {
                    firstBad = in.position();
                }
                if (strict) {
                    throw new ArticleInputException(Reason.MALFORMED_UTF8, source,
                            "invalid UTF-8 at byte " + in.position(), in.position(), null);
                }
                badSequences++;
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else {
                throw new IllegalStateException("UTF-8 decoder overflow: " + result);
            }
        }
        out.flip();
        String text = out.toString();
        if (badSequences == 0) {
            return new Decoded(text, List.of());
        }
        return new Decoded(text, List.of(new ParseWarning("input.malformed-utf8",
                "invalid UTF-8 at byte " + firstBad + " (" + badSequences
                        + " malformed sequence(s) replaced with U+FFFD)", firstBad)));
    }
}
