/**
 * Formats for parsed articles, registered as {@link org.articleparser.core.spi.ArticleFormat}
 * services: {@code json} and {@code jsonl} ({@link org.articleparser.formats.json.JsonFormat},
 * {@link org.articleparser.formats.json.JsonLinesFormat}).
 *
 * <p>Each format package is exported (its format class can be configured directly) and each
 * format is provided here as well as in {@code META-INF/services}, so it is found on the module
 * path and on the class path alike.
 *
 * @provides org.articleparser.core.spi.ArticleFormat the {@code json} and {@code jsonl} formats
 */
module org.articleparser.formats {
    requires transitive org.articleparser.core;
    requires tools.jackson.core;

    exports org.articleparser.formats.json;

    provides org.articleparser.core.spi.ArticleFormat with
            org.articleparser.formats.json.JsonFormat,
            org.articleparser.formats.json.JsonLinesFormat;
}
