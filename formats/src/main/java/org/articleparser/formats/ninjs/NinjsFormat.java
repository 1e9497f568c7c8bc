package org.articleparser.formats.ninjs;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.articleparser.core.Article;
import org.articleparser.core.Dateline;
import org.articleparser.core.Media;
import org.articleparser.core.MediaKind;
import org.articleparser.core.spi.ArticleFormat;
import org.articleparser.formats.internal.Durations;
import org.articleparser.formats.internal.Ids;
import org.articleparser.formats.internal.JsonOutput;
import org.articleparser.formats.jsonld.JsonLdFormat;
import tools.jackson.core.JsonGenerator;

/**
 * Articles as IPTC ninjs 3.1 ("News in JSON") text items, valid against IPTC's published
 * {@code ninjs-schema_3.1.json}:
 *
 * <table>
 *   <caption>How the article maps to ninjs</caption>
 *   <tr><th>article</th><th>ninjs property</th></tr>
 *   <tr><td>(content)</td><td>{@code uri}: a {@code urn:uuid:} derived from the content, so
 *       stable; {@code type} {@code "text"}; {@code standard} ninjs 3.1</td></tr>
 *   <tr><td>headline, kicker</td><td>{@code headlines} with roles {@code main} and
 *       {@code kicker}</td></tr>
 *   <tr><td>byline</td><td>{@code by}, as written</td></tr>
 *   <tr><td>dateline</td><td>{@code located} (its location, else its text), the text as a
 *       {@code descriptions} entry with role {@code dateline}, the agency in
 *       {@code infoSources} with role {@code source}</td></tr>
 *   <tr><td>paragraphs</td><td>{@code bodies}: one {@code text/plain} body with role
 *       {@code main}, paragraphs separated by blank lines, the dateline opening it</td></tr>
 *   <tr><td>media</td><td>{@code associations} named {@code image-1}, {@code video-1}...,
 *       of type {@code picture} or {@code video}, with {@code descriptions} of roles
 *       {@code caption} and {@code creditline}; a video's running time as the duration in
 *       seconds of an {@code original} rendition</td></tr>
 *   <tr><td>related</td><td>{@code associations} named {@code related-1}... with rel
 *       {@code related} and the headline</td></tr>
 *   <tr><td>source</td><td>{@code altIds} entry with role {@code source}</td></tr>
 * </table>
 * Absent values are left out; boilerplate is left out.
 *
 * <p>Written with Jackson's streaming generator. Immutable and thread-safe.
 */
public final class NinjsFormat implements ArticleFormat {

    /** The schema this format's output is valid against. */
    public static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

    /** The service-loader constructor: pretty-printed output. */
    public NinjsFormat() {
    }

    @Override
    public String name() {
        return "ninjs";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void write(Article article, String source, Appendable out) throws IOException {
        Objects.requireNonNull(article, "article");
        JsonOutput.write(out, true, article, source, NinjsFormat::writeItem);
    }

    /**
     * {@inheritDoc} Encodes as it writes, with no text in between; a surrogate without its
     * pair, which UTF-8 cannot carry, is written as a JSON escape.
     */
    @Override
    public void write(Article article, String source, OutputStream out) throws IOException {
        Objects.requireNonNull(article, "article");
        JsonOutput.write(out, true, article, source, NinjsFormat::writeItem);
    }

    private static void writeItem(JsonGenerator g, Article a, String source) {
        String uri = Ids.urn(a);
        g.writeStartObject();
        g.writeStringProperty("uri", uri);
        g.writeStringProperty("type", "text");
        g.writeStringProperty("representationType", "full");
        g.writeName("standard");
        g.writeStartObject();
        g.writeStringProperty("name", "ninjs");
        g.writeStringProperty("version", "3.1");
        g.writeStringProperty("schema", SCHEMA);
        g.writeEndObject();
        if (source != null) {
            g.writeName("altIds");
            g.writeStartArray();
            g.writeStartObject();
            g.writeStringProperty("role", "source");
            g.writeStringProperty("value", source);
            g.writeEndObject();
            g.writeEndArray();
        }
        if (a.headline() != null || a.kicker() != null) {
            g.writeName("headlines");
            g.writeStartArray();
            role(g, "main", a.headline());
            role(g, "kicker", a.kicker());
            g.writeEndArray();
        }
        JsonOutput.stringIfPresent(g, "by", a.byline());
        Dateline d = a.dateline();
        if (d != null) {
            g.writeStringProperty("located", d.location() != null ? d.location() : d.text());
            g.writeName("descriptions");
            g.writeStartArray();
            role(g, "dateline", d.text());
            g.writeEndArray();
            if (d.agency() != null) {
                g.writeName("infoSources");
                g.writeStartArray();
                g.writeStartObject();
                g.writeStringProperty("name", d.agency());
                g.writeStringProperty("role", "source");
                g.writeEndObject();
                g.writeEndArray();
            }
        }
        if (!a.paragraphs().isEmpty() || d != null) {
            String body = JsonLdFormat.body(a);
            g.writeName("bodies");
            g.writeStartArray();
            g.writeStartObject();
            g.writeStringProperty("role", "main");
            g.writeStringProperty("contentType", "text/plain");
            g.writeNumberProperty("charCount", body.codePointCount(0, body.length()));
            g.writeNumberProperty("wordCount", words(body));
            g.writeStringProperty("value", body);
            g.writeEndObject();
            g.writeEndArray();
        }
        if (!a.media().isEmpty() || !a.related().isEmpty()) {
            g.writeName("associations");
            g.writeStartArray();
            int images = 0;
            int videos = 0;
            for (Media m : a.media()) {
                boolean video = m.kind() == MediaKind.VIDEO;
                String name = video ? "video-" + ++videos : "image-" + ++images;
                g.writeStartObject();
                g.writeStringProperty("name", name);
                g.writeStringProperty("uri", uri + "#" + name);
                g.writeStringProperty("type", video ? "video" : "picture");
                if (m.caption() != null || m.credit() != null) {
                    g.writeName("descriptions");
                    g.writeStartArray();
                    role(g, "caption", m.caption());
                    role(g, "creditline", m.credit());
                    g.writeEndArray();
                }
                long seconds = Durations.seconds(m.duration());
                if (seconds >= 0) {
                    g.writeName("renditions");
                    g.writeStartArray();
                    g.writeStartObject();
                    g.writeStringProperty("name", "original");
                    g.writeNumberProperty("duration", seconds);
                    g.writeEndObject();
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            int related = 0;
            for (String r : a.related()) {
                String name = "related-" + ++related;
                g.writeStartObject();
                g.writeStringProperty("name", name);
                g.writeStringProperty("rel", "related");
                g.writeStringProperty("uri", uri + "#" + name);
                g.writeStringProperty("type", "text");
                g.writeName("headlines");
                g.writeStartArray();
                role(g, "main", r);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void role(JsonGenerator g, String role, String value) {
        if (value != null) {
            g.writeStartObject();
            g.writeStringProperty("role", role);
            g.writeStringProperty("value", value);
            g.writeEndObject();
        }
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }
}
