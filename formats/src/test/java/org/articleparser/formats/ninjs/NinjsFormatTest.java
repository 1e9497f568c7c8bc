package org.articleparser.formats.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.articleparser.core.Article;
import org.articleparser.core.Dateline;
import org.articleparser.core.Media;
import org.articleparser.formats.SeedArticles;
import org.articleparser.formats.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** ninjs output validated against IPTC's published ninjs 3.1 JSON Schema (a test resource). */
class NinjsFormatTest {

    private static final Schema NINJS_3_1 = Schemas.load("/iptc/ninjs-schema_3.1.json");
    private static final NinjsFormat NINJS = new NinjsFormat();

    static List<Path> seeds() {
        return SeedArticles.texts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedIsValidNinjs31(Path seed) throws IOException {
        StringBuilder sb = new StringBuilder();
        NINJS.write(SeedArticles.parse(seed), SeedArticles.source(seed), sb);
        assertEquals(List.of(), Schemas.errors(NINJS_3_1, sb.toString()), seed.toString());
    }

    @Test
    void everyPartIsMappedAndValid() {
        Article a = Article.builder().kicker("Politics").headline("A headline").byline("By Jane Doe")
                .dateline(new Dateline("SEOUL (Reuters) —", "SEOUL", null, "Reuters"))
                .addMedia(Media.image("A caption", "Photo: AP")).addMedia(Media.video("A video", "03:46"))
                .addParagraph("First.").addParagraph("Second.").addRelated("Another story").build();
        String json = NINJS.write(a);
        assertEquals(List.of(), Schemas.errors(NINJS_3_1, json), json);
        JsonNode n = JsonMapper.builder().build().readTree(json);
        assertEquals("text", n.get("type").asString());
        assertEquals("A headline", n.get("headlines").get(0).get("value").asString());
        assertEquals("kicker", n.get("headlines").get(1).get("role").asString());
        assertEquals("By Jane Doe", n.get("by").asString());
        assertEquals("SEOUL", n.get("located").asString());
        assertEquals("SEOUL (Reuters) — First.\n\nSecond.", n.get("bodies").get(0).get("value").asString());
        JsonNode image = n.get("associations").get(0);
        assertEquals("picture", image.get("type").asString());
        assertEquals("caption", image.get("descriptions").get(0).get("role").asString());
        assertEquals("creditline", image.get("descriptions").get(1).get("role").asString());
        assertEquals("Photo: AP", image.get("descriptions").get(1).get("value").asString());
        JsonNode video = n.get("associations").get(1);
        assertEquals(226, video.get("renditions").get(0).get("duration").asInt());
        assertEquals("related", n.get("associations").get(2).get("rel").asString());
    }

    @Test
    void anEmptyArticleIsValidAndTheSchemaIsReallyChecked() {
        String json = NINJS.write(Article.empty());
        assertEquals(List.of(), Schemas.errors(NINJS_3_1, json), json);
        assertFalse(Schemas.errors(NINJS_3_1, json.replace("\"uri\"", "\"urx\"")).isEmpty());
        assertFalse(Schemas.errors(NINJS_3_1, json.replace("\"type\" : \"text\"", "\"type\" : \"story\"")).isEmpty());
    }

    @Test
    void hostileTextIsValidJson() {
        String hostile = "<script>\"quotes\" & \\ \u0000\u001f emoji 👍🏽 עברית";
        Article a = Article.builder().headline(hostile).byline(hostile).addParagraph(hostile)
                .addMedia(Media.image(hostile, hostile)).build();
        String json = NINJS.write(a);
        assertEquals(List.of(), Schemas.errors(NINJS_3_1, json), json);
        assertEquals(hostile, JsonMapper.builder().build().readTree(json).get("headlines").get(0).get("value").asString());
    }
}
