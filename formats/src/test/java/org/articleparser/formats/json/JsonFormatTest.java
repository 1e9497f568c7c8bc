package org.articleparser.formats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.articleparser.core.Article;
import org.articleparser.core.Articles;
import org.articleparser.core.Dateline;
import org.articleparser.core.Media;
import org.articleparser.core.MediaKind;
import org.articleparser.formats.SeedArticles;
import org.articleparser.formats.Schemas;
import org.articleparser.formats.jsonl.JsonLinesFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The json format against its published schema, and its reader. */
class JsonFormatTest {

    private static final Schema SCHEMA = Schemas.load(JsonFormat.openSchema());
    private static final JsonFormat PRETTY = JsonFormat.standard();
    private static final JsonFormat COMPACT = JsonFormat.builder().pretty(false).build();
    private static final JsonFormat PROVENANCE = JsonFormat.builder().provenance(true).build();

    static List<Path> seeds() {
        return SeedArticles.texts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedOutputIsValidAgainstThePublishedSchema(Path seed) throws IOException {
        Article a = SeedArticles.parse(seed);
        for (JsonFormat f : List.of(PRETTY, COMPACT, PROVENANCE)) {
            StringBuilder sb = new StringBuilder();
            f.write(a, SeedArticles.source(seed), sb);
            assertEquals(List.of(), Schemas.errors(SCHEMA, sb.toString()), seed + " " + f.pretty() + " " + f.provenance());
        }
        assertEquals(List.of(), Schemas.errors(SCHEMA, new JsonLinesFormat().write(a)));
    }

    @Test
    void theSchemaRejectsWhatTheContractForbids() {
        assertFalse(Schemas.errors(SCHEMA, "{}").isEmpty());
        String ok = PRETTY.write(Article.builder().headline("H").build());
        assertEquals(List.of(), Schemas.errors(SCHEMA, ok));
        assertFalse(Schemas.errors(SCHEMA, ok.replace("\"headline\" : \"H\"", "\"headline\" : 3")).isEmpty());
        assertFalse(Schemas.errors(SCHEMA, ok.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2")).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedReadsBackExactly(Path seed) throws IOException {
        Article a = SeedArticles.parse(seed);
        for (JsonFormat f : List.of(PRETTY, COMPACT, PROVENANCE)) {
            assertEquals(a, f.read(new StringReader(f.write(a))).orElseThrow(), seed.toString());
        }
    }

    @Test
    void jsonLinesReadsOneArticlePerLine() throws IOException {
        JsonLinesFormat jsonl = new JsonLinesFormat();
        StringBuilder sb = new StringBuilder();
        List<Article> all = SeedArticles.all();
        for (Article a : all) {
            jsonl.write(a, null, sb);
        }
        StringReader in = new StringReader(sb.toString());
        for (Article a : all) {
            assertEquals(a, jsonl.read(in).orElseThrow());
        }
        assertTrue(jsonl.read(in).isEmpty());
    }

    @Property(tries = 300)
    void anyArticleReadsBackExactly(@ForAll("articles") Article a) throws IOException {
        for (JsonFormat f : List.of(PRETTY, COMPACT)) {
            String json = f.write(a);
            assertEquals(a, f.read(new StringReader(json)).orElseThrow(), json);
            assertEquals(List.of(), Schemas.errors(SCHEMA, json), json);
        }
    }

    @Property(tries = 200)
    void anyParsedTextReadsBackExactly(@ForAll String text) throws IOException {
        Article a = Articles.parse(text);
        assertEquals(a, COMPACT.read(new StringReader(COMPACT.write(a))).orElseThrow());
    }

    @Provide
    Arbitrary<Article> articles() {
        Arbitrary<String> s = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> maybe = s.injectNull(0.3);
        Arbitrary<Dateline> dateline = Combinators.combine(s, maybe, maybe, maybe).as(Dateline::new).injectNull(0.3);
        Arbitrary<Media> media = Combinators.combine(Arbitraries.of(MediaKind.class), maybe, maybe, maybe).as(Media::new);
        Arbitrary<List<String>> strings = s.list().ofMaxSize(4);
        return Combinators.combine(maybe, maybe, maybe, dateline, media.list().ofMaxSize(3), strings, strings, strings)
                .as((k, h, b, d, m, p, r, bp) -> {
                    Article.Builder ab = Article.builder().kicker(k).headline(h).byline(b).dateline(d);
                    m.forEach(ab::addMedia);
                    p.forEach(ab::addParagraph);
                    r.forEach(ab::addRelated);
                    bp.forEach(ab::addBoilerplate);
                    return ab.build();
                });
    }
}
