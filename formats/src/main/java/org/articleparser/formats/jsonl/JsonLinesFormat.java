package org.articleparser.formats.jsonl;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.util.Optional;
import org.articleparser.core.Article;
import org.articleparser.core.spi.ArticleFormat;
import org.articleparser.formats.json.JsonFormat;

/**
 * JSON Lines: each article as one compact schema-v1 JSON object on a line of its own, the
 * format of the command-line tool's corpus output. Immutable and thread-safe.
 *
 * <pre>{@code
 * new JsonLinesFormat().write(article, "a.txt", writer);   // one line, ending in \n
 * }</pre>
 */
public final class JsonLinesFormat implements ArticleFormat {

    private final JsonFormat json = JsonFormat.builder().pretty(false).build();

    /** The service-loader constructor. */
    public JsonLinesFormat() {
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String mediaType() {
        return "application/jsonl";
    }

    @Override
    public String fileExtension() {
        return "jsonl";
    }

    @Override
    public void write(Article article, String source, Appendable out) throws IOException {
        json.write(article, source, out);
        out.append('\n');
    }

    /**
     * {@inheritDoc} Encodes as it writes, with no text in between; a surrogate without its
     * pair, which UTF-8 cannot carry, is written as a JSON escape.
     */
    @Override
    public void write(Article article, String source, OutputStream out) throws IOException {
        json.write(article, source, new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() {
                // the line is flushed once it is whole
            }
        });
        out.write('\n');
        out.flush();
    }

    @Override
    public boolean canRead() {
        return true;
    }

    /**
     * Reads the next line's article; blank lines are skipped.
     *
     * @param in the JSON Lines text, positioned at the start of a line
     * @return the article, or empty at the end of the input
     * @throws IOException if the line is not an article in JSON
     */
    @Override
    public Optional<Article> read(Reader in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                if (!line.toString().isBlank()) {
                    break;
                }
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        if (line.toString().isBlank()) {
            return Optional.empty();
        }
        return json.read(new java.io.StringReader(line.toString()));
    }
}
