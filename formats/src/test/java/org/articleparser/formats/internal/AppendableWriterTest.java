package org.articleparser.formats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import org.junit.jupiter.api.Test;

/** The writer over an appendable passes on exactly what it is given, whatever the appendable. */
class AppendableWriterTest {

    private static void writeAll(Writer w) throws IOException {
        w.write("[héllo]".toCharArray(), 1, 5);
        w.write(' ');
        w.write("x wörld x", 2, 5);
        w.write("—\uD83D\uDE00".toCharArray());
        w.flush();
    }

    private static final String WRITTEN = "héllo wörld—\uD83D\uDE00";

    @Test
    void aStringBuilderGetsTheChars() throws IOException {
        StringBuilder sb = new StringBuilder("<");
        writeAll(AppendableWriter.of(sb));
        assertEquals("<" + WRITTEN, sb.toString());
    }

    @Test
    void anyOtherAppendableGetsTheChars() throws IOException {
        CharBuffer buf = CharBuffer.allocate(64);
        writeAll(AppendableWriter.of(buf));
        assertEquals(WRITTEN, buf.flip().toString());
    }

    @Test
    void aWriterIsItsOwnWriter() {
        StringWriter w = new StringWriter();
        assertSame(w, AppendableWriter.of(w));
    }
}
