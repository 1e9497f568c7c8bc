package org.articleparser.formats.jsonld;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.articleparser.core.Article;
import org.articleparser.core.Dateline;
import org.articleparser.core.Media;
import org.articleparser.core.MediaKind;
import org.articleparser.core.spi.ArticleFormat;
import org.articleparser.formats.internal.Durations;
import org.articleparser.formats.internal.JsonOutput;
import org.articleparser.formats.internal.Texts;
import tools.jackson.core.JsonGenerator;

/**
 * Articles as a schema.org {@code NewsArticle} in JSON-LD, the form search engines read from a
 * {@code <script type="application/ld+json">} element:
 *
 * <table>
 *   <caption>How the article maps to schema.org</caption>
 *   <tr><th>article</th><th>NewsArticle property</th></tr>
 *   <tr><td>headline</td><td>{@code headline}</td></tr>
 *   <tr><td>kicker</td><td>{@code articleSection}</td></tr>
 *   <tr><td>dateline</td><td>{@code dateline} (as written), with {@code contentLocation} a
 *       {@code Place} named by its location and {@code sourceOrganization} its agency</td></tr>
 *   <tr><td>byline</td><td>{@code author}, a {@code Person} named by the byline without "By"</td></tr>
 *   <tr><td>paragraphs</td><td>{@code articleBody}: the dateline and paragraphs, a blank line
 *       between paragraphs</td></tr>
 *   <tr><td>images</td><td>{@code image}: {@code ImageObject}s with {@code caption} and
 *       {@code creditText}</td></tr>
 *   <tr><td>videos</td><td>{@code video}: {@code VideoObject}s with {@code name},
 *       {@code caption} and {@code duration} in ISO 8601 ({@code "03:46"} is {@code PT3M46S})</td></tr>
 *   <tr><td>related</td><td>{@code mentions}: {@code CreativeWork}s named by their headlines</td></tr>
 *   <tr><td>source</td><td>{@code url}, when given</td></tr>
 * </table>
 * Absent values are left out; boilerplate is left out.
 *
 * <pre>{@code
 * String ld = new JsonLdFormat().write(article);
 * }</pre>
 *
 * <p>Written with Jackson's streaming generator. Immutable and thread-safe.
 */
public final class JsonLdFormat implements ArticleFormat {

    /** The service-loader constructor: pretty-printed output. */
    public JsonLdFormat() {
    }

    @Override
    public String name() {
        return "jsonld";
    }

    @Override
    public String mediaType() {
        return "application/ld+json";
    }

    @Override
    public String fileExtension() {
        return "jsonld";
    }

    @Override
    public void write(Article article, String source, Appendable out) throws IOException {
        Objects.requireNonNull(article, "article");
        JsonOutput.write(out, true, article, source, JsonLdFormat::writeArticle);
    }

    /**
     * {@inheritDoc} Encodes as it writes, with no text in between; a surrogate without its
     * pair, which UTF-8 cannot carry, is written as a JSON escape.
     */
    @Override
    public void write(Article article, String source, OutputStream out) throws IOException {
        Objects.requireNonNull(article, "article");
        JsonOutput.write(out, true, article, source, JsonLdFormat::writeArticle);
    }

    /**
     * The {@code articleBody}: the dateline and the first paragraph joined by a space, then the
     * other paragraphs, separated by blank lines.
     *
     * @param a the article
     * @return the body text, empty when there are no paragraphs
     */
    public static String body(Article a) {
        List<String> ps = new ArrayList<>(a.paragraphs());
        Dateline d = a.dateline();
        if (d != null) {
            if (ps.isEmpty()) {
                ps.add(d.text());
            } else {
                ps.set(0, d.text() + " " + ps.get(0));
            }
        }
        return String.join("\n\n", ps);
    }

    private static void writeArticle(JsonGenerator g, Article a, String source) {
        g.writeStartObject();
        g.writeStringProperty("@context", "https://schema.org");
        g.writeStringProperty("@type", "NewsArticle");
        JsonOutput.stringIfPresent(g, "url", source);
        JsonOutput.stringIfPresent(g, "headline", a.headline());
        JsonOutput.stringIfPresent(g, "articleSection", a.kicker());
        String author = Texts.authorOf(a.byline());
        if (author != null) {
            g.writeName("author");
            g.writeStartObject();
            g.writeStringProperty("@type", "Person");
            g.writeStringProperty("name", author);
            g.writeEndObject();
        }
        Dateline d = a.dateline();
        if (d != null) {
            g.writeStringProperty("dateline", d.text());
            if (d.location() != null) {
                g.writeName("contentLocation");
                g.writeStartObject();
                g.writeStringProperty("@type", "Place");
                g.writeStringProperty("name", d.location());
                g.writeEndObject();
            }
            if (d.agency() != null) {
                g.writeName("sourceOrganization");
                g.writeStartObject();
                g.writeStringProperty("@type", "NewsMediaOrganization");
                g.writeStringProperty("name", d.agency());
                g.writeEndObject();
            }
        }
        if (!a.paragraphs().isEmpty() || d != null) {
            g.writeStringProperty("articleBody", body(a));
        }
        List<Media> images = a.media().stream().filter(m -> m.kind() == MediaKind.IMAGE).toList();
        List<Media> videos = a.media().stream().filter(m -> m.kind() == MediaKind.VIDEO).toList();
        if (!images.isEmpty()) {
            g.writeName("image");
            g.writeStartArray();
            for (Media m : images) {
                g.writeStartObject();
                g.writeStringProperty("@type", "ImageObject");
                JsonOutput.stringIfPresent(g, "caption", m.caption());
                JsonOutput.stringIfPresent(g, "creditText", m.credit());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!videos.isEmpty()) {
            g.writeName("video");
            g.writeStartArray();
            for (Media m : videos) {
                g.writeStartObject();
                g.writeStringProperty("@type", "VideoObject");
                JsonOutput.stringIfPresent(g, "name", m.caption());
                JsonOutput.stringIfPresent(g, "caption", m.caption());
                JsonOutput.stringIfPresent(g, "creditText", m.credit());
                JsonOutput.stringIfPresent(g, "duration", Durations.iso8601(m.duration()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!a.related().isEmpty()) {
            g.writeName("mentions");
            g.writeStartArray();
            for (String r : a.related()) {
                g.writeStartObject();
                g.writeStringProperty("@type", "CreativeWork");
                g.writeStringProperty("headline", r);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
