package org.articleparser.formats.json;

import java.io.IOException;
import java.io.Writer;

/** A {@link Writer} over an {@link Appendable}, for generators that need a writer. */
final class AppendableWriter extends Writer {
    private final Appendable out;

    AppendableWriter(Appendable out) {
        this.out = out;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        out.append(new String(buf, off, len));
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        out.append(s, off, off + len);
    }

    @Override
    public void flush() throws IOException {
        if (out instanceof java.io.Flushable f) {
            f.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
