/**
 * article-parser's core: the article model, the parser and the format service interface.
 * Needs nothing but the JDK.
 *
 * <p>Exports {@link org.articleparser.core} (start with {@link org.articleparser.core.Articles})
 * and {@link org.articleparser.core.spi} (for format authors). The {@code .internal} package is
 * not exported and carries no compatibility promise. Formats are found with
 * {@link java.util.ServiceLoader}, so a format module on the module path is picked up by
 * {@link org.articleparser.core.ArticleFormats} without being required.
 *
 * @uses org.articleparser.core.spi.ArticleFormat the formats listed by {@code ArticleFormats}
 */
module org.articleparser.core {
    exports org.articleparser.core;
    exports org.articleparser.core.spi;

    uses org.articleparser.core.spi.ArticleFormat;
}
