package org.articleparser.formats.internal;

import java.io.IOException;
import java.io.Writer;

/** A {@link Writer} over an {@link Appendable}, for generators that need a writer. */
public final class AppendableWriter extends Writer {
    private final Appendable out;

    /**
     * A writer appending to {@code out}.
     *
     * @param out where characters go
     */
    public AppendableWriter(Appendable out) {
        this.out = out;
    }

    /**
     * {@code out} itself when it is a writer, else a writer over it.
     *
     * @param out where characters go
     * @return a writer
     */
    public static Writer of(Appendable out) {
        return out instanceof Writer w ? w : new AppendableWriter(out);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        if (out instanceof StringBuilder sb) {
            sb.append(buf, off, len);
        } else {
            out.append(new String(buf, off, len));
        }
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
