package org.articleparser.examples.format;

import java.io.IOException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.articleparser.core.Article;
import org.articleparser.core.spi.ArticleFormat;

/**
 * An example format written outside the library: one tab-separated row per article, for a
 * quick look at a corpus in a spreadsheet or with {@code cut} and {@code sort}.
 *
 * <pre>
 * source  headline  byline  media  paragraphs  words  related  boilerplate
 * </pre>
 *
 * Absent values are empty cells; tabs, line breaks and backslashes inside a value are written
 * {@code \t}, {@code \n}, {@code \r} and {@code \\}, so that every article stays on one row.
 * There is no header row: {@link #HEADER} holds it for callers who want one.
 *
 * <p>It is found like the built-in formats because
 * {@code META-INF/services/org.articleparser.core.spi.ArticleFormat} in this module names it:
 * {@code java -jar articles.jar --format tsv seeds/*.txt}. Immutable and thread-safe.
 */
public final class TsvFormat implements ArticleFormat {

    /** The column names, tab-separated, without a line end. */
    public static final String HEADER =
            "source\theadline\tbyline\tmedia\tparagraphs\twords\trelated\tboilerplate";

    /** Compiled once: {@code String.split("\\s+")} would compile it for every paragraph. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The service-loader constructor. */
    public TsvFormat() {
    }

    @Override
    public String name() {
        return "tsv";
    }

    @Override
    public String mediaType() {
        return "text/tab-separated-values";
    }

    @Override
    public String fileExtension() {
        return "tsv";
    }

    /** {@inheritDoc} Writes one row ending in a line feed. */
    @Override
    public void write(Article article, String source, Appendable out) throws IOException {
        Objects.requireNonNull(article, "article");
        long words = article.paragraphs().stream()
                .mapToLong(p -> p.isBlank() ? 0 : WHITESPACE.split(p.strip()).length).sum();
        out.append(cell(source)).append('\t')
                .append(cell(article.headline())).append('\t')
                .append(cell(article.byline())).append('\t')
                .append(Integer.toString(article.media().size())).append('\t')
                .append(Integer.toString(article.paragraphs().size())).append('\t')
                .append(Long.toString(words)).append('\t')
                .append(Integer.toString(article.related().size())).append('\t')
                .append(Integer.toString(article.boilerplate().size())).append('\n');
    }

    /**
     * A value as one cell: null as empty, tabs, line breaks and backslashes escaped.
     *
     * @param value the value, or null
     * @return the cell text
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
