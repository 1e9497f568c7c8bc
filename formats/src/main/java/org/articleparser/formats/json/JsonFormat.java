package org.articleparser.formats.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.articleparser.core.Article;
import org.articleparser.core.Dateline;
import org.articleparser.core.Media;
import org.articleparser.core.MediaKind;
import org.articleparser.core.ParseWarning;
import org.articleparser.core.Placement;
import org.articleparser.core.spi.ArticleFormat;
import org.articleparser.formats.internal.JsonOutput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Articles as JSON, schema v1: the keys {@code source, kicker, headline, byline, dateline, media,
 * paragraphs, related, boilerplate} in that order, nulls written out, plus
 * {@code schemaVersion} and, when there are any, {@code warnings}. With
 * {@link Builder#provenance(boolean)} each article also carries its {@code placements}.
 *
 * <pre>{@code
 * String json = JsonFormat.builder().pretty(true).build().write(article);
 * Article back = JsonFormat.standard().read(new StringReader(json)).orElseThrow();
 * }</pre>
 *
 * <p>Written with Jackson's streaming generator: no reflection. Immutable and thread-safe.
 */
public final class JsonFormat implements ArticleFormat {

    /** The schema version written in {@code schemaVersion}. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * The class-path resource holding the JSON Schema (draft 2020-12) of what this format
     * writes: {@value}. Read it with {@link #openSchema()}.
     */
    public static final String SCHEMA_RESOURCE = "/org/articleparser/formats/json/article.schema.json";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final boolean pretty;
    private final boolean provenance;
    private final String name;

    /** The service-loader constructor: the {@code json} format, pretty-printed. */
    public JsonFormat() {
        this("json", true, false);
    }

    JsonFormat(String name, boolean pretty, boolean provenance) {
        this.name = name;
        this.pretty = pretty;
        this.provenance = provenance;
    }

    /**
     * Opens the published JSON Schema, {@value #SCHEMA_RESOURCE}. Use this rather than loading
     * the resource yourself: on the module path the package is not open to other modules.
     *
     * @return a new stream over the schema's UTF-8 text; the caller closes it
     */
    public static InputStream openSchema() {
        InputStream in = JsonFormat.class.getResourceAsStream(SCHEMA_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
        }
        return in;
    }

    /**
     * The {@code json} format with default options: pretty, without provenance.
     *
     * @return the format
     */
    public static JsonFormat standard() {
        return new JsonFormat();
    }

    /**
     * A builder for a JSON format with options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    /**
     * Whether output is indented over several lines.
     *
     * @return true when pretty
     */
    public boolean pretty() {
        return pretty;
    }

    /**
     * Whether each article carries its placements.
     *
     * @return true when placements are written
     */
    public boolean provenance() {
        return provenance;
    }

    @Override
    public void write(Article article, String source, Appendable out) throws IOException {
        Objects.requireNonNull(article, "article");
        JsonOutput.write(out, pretty, article, source, this::writeArticle);
    }

    /**
     * {@inheritDoc} Encodes as it writes, with no text in between; a surrogate without its
     * pair, which UTF-8 cannot carry, is written as a JSON escape.
     */
    @Override
    public void write(Article article, String source, OutputStream out) throws IOException {
        Objects.requireNonNull(article, "article");
        JsonOutput.write(out, pretty, article, source, this::writeArticle);
    }

    private void writeArticle(JsonGenerator g, Article a, String source) {
        g.writeStartObject();
        g.writeName("source");
        writeNullable(g, source);
        g.writeName("kicker");
        writeNullable(g, a.kicker());
        g.writeName("headline");
        writeNullable(g, a.headline());
        g.writeName("byline");
        writeNullable(g, a.byline());
        g.writeName("dateline");
        Dateline d = a.dateline();
        if (d == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringProperty("text", d.text());
            g.writeName("location");
            writeNullable(g, d.location());
            g.writeName("date");
            writeNullable(g, d.date());
            g.writeName("agency");
            writeNullable(g, d.agency());
            g.writeEndObject();
        }
        g.writeName("media");
        g.writeStartArray();
        for (Media m : a.media()) {
            g.writeStartObject();
            g.writeStringProperty("kind", m.kind() == MediaKind.VIDEO ? "video" : "image");
            g.writeName("caption");
            writeNullable(g, m.caption());
            g.writeName("credit");
            writeNullable(g, m.credit());
            g.writeName("duration");
            writeNullable(g, m.duration());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeStrings(g, "paragraphs", a.paragraphs());
        writeStrings(g, "related", a.related());
        writeStrings(g, "boilerplate", a.boilerplate());
        g.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
        if (!a.warnings().isEmpty()) {
            g.writeName("warnings");
            g.writeStartArray();
            for (ParseWarning w : a.warnings()) {
                g.writeStartObject();
                g.writeStringProperty("code", w.code());
                g.writeStringProperty("message", w.message());
                g.writeNumberProperty("position", w.position());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (provenance) {
            g.writeName("placements");
            g.writeStartArray();
            for (Placement p : a.placements()) {
                g.writeStartObject();
                g.writeStringProperty("part", p.part().name().toLowerCase(Locale.ROOT));
                g.writeNumberProperty("index", p.index());
                g.writeNumberProperty("line", p.line());
                g.writeNumberProperty("start", p.start());
                g.writeNumberProperty("end", p.end());
                g.writeStringProperty("rule", p.rule());
                g.writeNumberProperty("score", p.score());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeNullable(JsonGenerator g, String value) {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) {
        g.writeName(name);
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    @Override
    public boolean canRead() {
        return true;
    }

    /**
     * Reads the next article object. Unknown keys are skipped; placements are not restored, so
     * the result equals the written article (which compares content only).
     *
     * @param in the JSON text
     * @return the article, or empty at the end of the input
     * @throws IOException if the input is not an article in JSON
     */
    @Override
    public Optional<Article> read(Reader in) throws IOException {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return Optional.empty();
            }
            expect(p, t, JsonToken.START_OBJECT);
            return Optional.of(JsonReading.readArticle(p));
        } catch (JacksonException e) {
            throw new IOException("not an article in JSON: " + e.getOriginalMessage(), e);
        }
    }

    static void expect(JsonParser p, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual + " at "
                    + p.currentLocation());
        }
    }

    /** Configures a {@link JsonFormat}. */
    public static final class Builder {
        private boolean pretty = true;
        private boolean provenance;

        private Builder() {
        }

        /**
         * Indent over several lines (default true) or write one line.
         *
         * @param pretty whether to indent
         * @return this builder
         */
        public Builder pretty(boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        /**
         * Also write every placement (part, index, line, offsets, rule, score). Default false.
         *
         * @param provenance whether to write placements
         * @return this builder
         */
        public Builder provenance(boolean provenance) {
            this.provenance = provenance;
            return this;
        }

        /**
         * The format.
         *
         * @return a new, immutable format
         */
        public JsonFormat build() {
            return new JsonFormat("json", pretty, provenance);
        }
    }
}
