package org.articleparser.core.spi;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.articleparser.core.Article;

/**
 * A way to write articles out (and, optionally, to read them back): JSON, Markdown, HTML...
 *
 * <p>Implementations are discovered with {@link java.util.ServiceLoader}: register the class in
 * {@code META-INF/services/org.articleparser.core.spi.ArticleFormat} and, on the module path,
 * with {@code provides org.articleparser.core.spi.ArticleFormat with ...}. A format must be
 * immutable and thread-safe, with a public no-argument constructor for the loader.
 */
public interface ArticleFormat {

    /** {@return the short name users select the format by, lower case: {@code "json"}} */
    String name();

    /** {@return the media type of the output, such as {@code "application/json"}} */
    String mediaType();

    /** {@return the usual file extension without the dot, such as {@code "json"}} */
    String fileExtension();

    /**
     * Writes one article.
     *
     * @param article the article
     * @param source  the input's name (a path as given), or null; formats that record it do
     * @param out     where to write
     * @throws IOException if {@code out} fails
     */
    void write(Article article, String source, Appendable out) throws IOException;

    /**
     * The article written to a string, without a source.
     *
     * @param article the article to write
     * @return the article in this format
     */
    default String write(Article article) {
        StringBuilder sb = new StringBuilder();
        try {
            write(article, null, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /**
     * Whether {@link #read(Reader)} is supported.
     *
     * @return false unless the format overrides it
     */
    default boolean canRead() {
        return false;
    }

    /**
     * Reads one article written by this format.
     *
     * @param in the text to read
     * @return the article, or empty when the input holds no more articles
     * @throws IOException if reading fails or the input is not in this format
     * @throws UnsupportedOperationException if the format cannot read
     */
    default Optional<Article> read(Reader in) throws IOException {
        throw new UnsupportedOperationException(name() + " cannot be read");
    }
}
