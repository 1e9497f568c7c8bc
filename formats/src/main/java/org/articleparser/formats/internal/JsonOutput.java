package org.articleparser.formats.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.function.Function;
import org.articleparser.core.Article;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/** Writes a JSON document with Jackson's streaming generator, for the JSON-based formats. */
public final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM) // each write flushes its target once
            .build();

    private JsonOutput() {
    }

    /** What writes the document's content. */
    @FunctionalInterface
    public interface Body {
        /**
         * Writes the document.
         *
         * @param g       the generator
         * @param article the article
         * @param source  the input's name, or null
         */
        void write(JsonGenerator g, Article article, String source);
    }

    /**
     * Writes one JSON document, pretty-printed or not, followed by nothing.
     *
     * @param out     where to write
     * @param pretty  whether to indent
     * @param article the article
     * @param source  the input's name, or null
     * @param body    what writes the document
     * @throws IOException if {@code out} fails or the generator refuses the content
     */
    public static void write(Appendable out, boolean pretty, Article article, String source, Body body)
            throws IOException {
        Writer w = AppendableWriter.of(out);
        generate(ctx -> FACTORY.createGenerator(ctx, w), pretty, article, source, body);
        w.flush();
    }

    /**
     * Writes one JSON document in UTF-8, pretty-printed or not, followed by nothing. The bytes
     * are those of {@link #write(Appendable, boolean, Article, String, Body)} encoded in UTF-8,
     * except that a surrogate without its pair, which that encoding turns into '?', is kept,
     * escaped in the JSON. The stream is flushed, not closed.
     *
     * @param out     where to write
     * @param pretty  whether to indent
     * @param article the article
     * @param source  the input's name, or null
     * @param body    what writes the document
     * @throws IOException if {@code out} fails or the generator refuses the content
     */
    public static void write(OutputStream out, boolean pretty, Article article, String source, Body body)
            throws IOException {
        generate(ctx -> FACTORY.createGenerator(ctx, out), pretty, article, source, body);
        out.flush();
    }

    /** Writes the document with the generator {@code open} makes, which leaves its target open. */
    private static void generate(Function<ObjectWriteContext, JsonGenerator> open, boolean pretty, Article article,
                                 String source, Body body) throws IOException {
        try (JsonGenerator g = open.apply(pretty ? new Pretty() : ObjectWriteContext.empty())) {
            body.write(g, article, source);
        } catch (JacksonException e) {
            throw new IOException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes a string property unless the value is null.
     *
     * @param g     the generator
     * @param name  the property name
     * @param value the value, or null to write nothing
     */
    public static void stringIfPresent(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    private static final class Pretty extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}
