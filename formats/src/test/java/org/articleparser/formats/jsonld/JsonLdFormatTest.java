package org.articleparser.formats.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.articleparser.core.Article;
import org.articleparser.core.Dateline;
import org.articleparser.core.Media;
import org.articleparser.formats.SeedArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON-LD output read back as JSON. */
class JsonLdFormatTest {

    private static final JsonLdFormat LD = new JsonLdFormat();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static List<Path> seeds() {
        return SeedArticles.texts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedIsANewsArticleWithItsHeadlineAndBody(Path seed) {
        Article a = SeedArticles.parse(seed);
        JsonNode n = MAPPER.readTree(LD.write(a));
        assertEquals("https://schema.org", n.get("@context").asString());
        assertEquals("NewsArticle", n.get("@type").asString());
        assertEquals(a.headline(), n.get("headline").asString());
        assertEquals(JsonLdFormat.body(a), n.get("articleBody").asString());
        long images = a.media().stream().filter(m -> m.kind() == org.articleparser.core.MediaKind.IMAGE).count();
        assertEquals(images, n.has("image") ? n.get("image").size() : 0);
    }

    @Test
    void everyPartIsMapped() {
        Article a = Article.builder().kicker("World").headline("H").byline("By Jane Doe")
                .dateline(new Dateline("Seoul, Sep 17:", "Seoul", "Sep 17", null))
                .addMedia(Media.image("cap", "Photo: AP")).addMedia(Media.video("title", "1:02:03"))
                .addParagraph("First.").addRelated("Other").build();
        JsonNode n = MAPPER.readTree(LD.write(a));
        assertEquals("World", n.get("articleSection").asString());
        assertEquals("Jane Doe", n.get("author").get("name").asString());
        assertEquals("Seoul, Sep 17:", n.get("dateline").asString());
        assertEquals("Seoul", n.get("contentLocation").get("name").asString());
        assertEquals("Seoul, Sep 17: First.", n.get("articleBody").asString());
        assertEquals("ImageObject", n.get("image").get(0).get("@type").asString());
        assertEquals("Photo: AP", n.get("image").get(0).get("creditText").asString());
        assertEquals("VideoObject", n.get("video").get(0).get("@type").asString());
        assertEquals("PT1H2M3S", n.get("video").get(0).get("duration").asString());
        assertEquals("Other", n.get("mentions").get(0).get("headline").asString());
    }

    @Test
    void absentValuesAreLeftOut() {
        JsonNode n = MAPPER.readTree(LD.write(Article.empty()));
        assertNull(n.get("headline"));
        assertNull(n.get("articleBody"));
        assertFalse(n.has("image"));
    }
}
