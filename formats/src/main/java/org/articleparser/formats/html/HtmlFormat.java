package org.articleparser.formats.html;

import java.io.IOException;
import java.util.Objects;
import org.articleparser.core.Article;
import org.articleparser.core.Dateline;
import org.articleparser.core.Media;
import org.articleparser.core.MediaKind;
import org.articleparser.core.spi.ArticleFormat;
import org.articleparser.formats.internal.Durations;
import org.articleparser.formats.internal.Texts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Articles as a standalone, semantic HTML5 document:
 * <pre>{@code
 * <article>
 *   <header><p class="kicker">..</p><h1>..</h1><p class="byline">..</p></header>
 *   <figure class="image"><figcaption>caption <small class="credit">credit</small></figcaption></figure>
 *   <figure class="video"><figcaption><time datetime="PT3M46S">03:46</time> title</figcaption></figure>
 *   <p><span class="dateline">SEOUL (Reuters) —</span> first paragraph</p>
 *   <aside class="related"><h2>Related</h2><ul><li>..</li></ul></aside>
 * </article>
 * }</pre>
 * The headline is also the document's {@code <title>}; boilerplate is left out.
 *
 * <p>The document is assembled with jsoup's element API, so all text is escaped by jsoup;
 * control characters, which HTML does not allow, are dropped and line breaks become spaces.
 * Immutable and thread-safe.
 */
public final class HtmlFormat implements ArticleFormat {

    /** The service-loader constructor. */
    public HtmlFormat() {
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    /** {@inheritDoc} The source, when given, is written as a {@code <meta name="source">}. */
    @Override
    public void write(Article article, String source, Appendable out) throws IOException {
        out.append(document(article, source).outerHtml()).append('\n');
    }

    /**
     * The article as a jsoup document, for callers who want to change it before writing.
     *
     * @param article the article
     * @param source  the input's name, or null
     * @return a new document
     */
    public Document document(Article article, String source) {
        Objects.requireNonNull(article, "article");
        Document doc = new Document("");
        doc.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base).prettyPrint(true);
        doc.appendChild(new DocumentType("html", "", ""));
        Element html = doc.appendElement("html");
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(clean(article.headline() != null ? article.headline() : "Article"));
        if (source != null) {
            head.appendElement("meta").attr("name", "source").attr("content", clean(source));
        }
        Element body = html.appendElement("body");
        Element art = body.appendElement("article");
        if (article.kicker() != null || article.headline() != null || article.byline() != null) {
            Element header = art.appendElement("header");
            if (article.kicker() != null) {
                header.appendElement("p").addClass("kicker").text(clean(article.kicker()));
            }
            if (article.headline() != null) {
                header.appendElement("h1").text(clean(article.headline()));
            }
            if (article.byline() != null) {
                header.appendElement("p").addClass("byline").text(clean(article.byline()));
            }
        }
        for (Media m : article.media()) {
            Element figure = art.appendElement("figure")
                    .addClass(m.kind() == MediaKind.VIDEO ? "video" : "image");
            if (m.caption() == null && m.credit() == null && m.duration() == null) {
                continue;
            }
            Element caption = figure.appendElement("figcaption");
            if (m.duration() != null) {
                Element time = caption.appendElement("time").addClass("duration").text(clean(m.duration()));
                String iso = Durations.iso8601(m.duration());
                if (iso != null) {
                    time.attr("datetime", iso);
                }
            }
            if (m.caption() != null) {
                if (m.duration() != null) {
                    caption.appendText(" ");
                }
                caption.appendText(clean(m.caption()));
            }
            if (m.credit() != null) {
                if (m.caption() != null || m.duration() != null) {
                    caption.appendText(" ");
                }
                caption.appendElement("small").addClass("credit").text(clean(m.credit()));
            }
        }
        Dateline d = article.dateline();
        for (int i = 0; i < article.paragraphs().size(); i++) {
            Element p = art.appendElement("p");
            if (i == 0 && d != null) {
                p.appendElement("span").addClass("dateline").text(clean(d.text()));
                p.appendText(" ");
            }
            p.appendText(clean(article.paragraphs().get(i)));
        }
        if (article.paragraphs().isEmpty() && d != null) {
            art.appendElement("p").appendElement("span").addClass("dateline").text(clean(d.text()));
        }
        if (!article.related().isEmpty()) {
            Element aside = art.appendElement("aside").addClass("related");
            aside.appendElement("h2").text("Related");
            Element ul = aside.appendElement("ul");
            for (String r : article.related()) {
                ul.appendElement("li").text(clean(r));
            }
        }
        return doc;
    }

    private static String clean(String s) {
        return Texts.oneLine(s);
    }
}
