/**
 * Formats for parsed articles, registered as {@link org.articleparser.core.spi.ArticleFormat}
 * services: {@code json}, {@code jsonl}, {@code markdown}, {@code html}, {@code text},
 * {@code jsonld}, {@code ninjs} and {@code nitf}, one package each.
 *
 * <p>Each format package is exported (its format class can be configured directly) and each
 * format is provided here as well as in {@code META-INF/services}, so it is found on the module
 * path and on the class path alike. {@code org.articleparser.formats.internal} holds shared
 * helpers and is not exported.
 *
 * @provides org.articleparser.core.spi.ArticleFormat the {@code json} and {@code jsonl} formats
 */
module org.articleparser.formats {
    requires transitive org.articleparser.core;
    requires tools.jackson.core;
    requires org.jsoup;
    requires java.xml;

    exports org.articleparser.formats.html;
    exports org.articleparser.formats.json;
    exports org.articleparser.formats.jsonl;
    exports org.articleparser.formats.jsonld;
    exports org.articleparser.formats.markdown;
    exports org.articleparser.formats.ninjs;
    exports org.articleparser.formats.nitf;
    exports org.articleparser.formats.text;

    provides org.articleparser.core.spi.ArticleFormat with
            org.articleparser.formats.html.HtmlFormat,
            org.articleparser.formats.json.JsonFormat,
            org.articleparser.formats.jsonl.JsonLinesFormat,
            org.articleparser.formats.jsonld.JsonLdFormat,
            org.articleparser.formats.markdown.MarkdownFormat,
            org.articleparser.formats.ninjs.NinjsFormat,
            org.articleparser.formats.nitf.NitfFormat,
            org.articleparser.formats.text.TextFormat;
}
