package org.articleparser.formats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleParser;
import org.articleparser.core.Articles;
import org.articleparser.core.Media;
import org.articleparser.formats.SeedArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code parse(write(parse(x))) == parse(x)} for the seeds, for generated text and, with
 * {@code -Darticleparser.devCorpus=DIR}, for every {@code .txt} file under DIR.
 */
class TextRoundTripTest {

    private static final TextFormat TEXT = new TextFormat();

    static List<Path> seeds() {
        return SeedArticles.texts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedSurvivesWritingAndParsingAgain(Path seed) {
        Article once = SeedArticles.parse(seed);
        assertEquals(once, Articles.parse(TEXT.write(once)), seed.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void readingIsParsing(Path seed) throws IOException {
        Article once = SeedArticles.parse(seed);
        assertEquals(once, TEXT.read(new StringReader(TEXT.write(once))).orElseThrow());
    }

    @Property(tries = 300)
    void generatedTextSurvivesWritingAndParsingAgain(@ForAll String text) {
        Article once = Articles.parse(text);
        assertEquals(once, Articles.parse(TEXT.write(once)));
    }

    @Property(tries = 200)
    void generatedLinesSurviveWritingAndParsingAgain(@ForAll List<@net.jqwik.api.constraints.StringLength(max = 120) String> lines) {
        Article once = Articles.parse(String.join("\n", lines));
        assertEquals(once, Articles.parse(TEXT.write(once)));
    }

    @Test
    void anArticleWithoutPlacementsIsWrittenInReadingOrder() {
        Article a = Article.builder().headline("A headline").addMedia(Media.image("A caption.", "Photo: Reuters"))
                .addParagraph("First.").addParagraph("Second.").build();
        assertEquals("A headline\n\nA caption.\nPhoto: Reuters\n\nFirst.\n\nSecond.\n", TEXT.write(a));
    }

    @Test
    @EnabledIfSystemProperty(named = "articleparser.devCorpus", matches = ".+")
    void everyDevArticleSurvivesWritingAndParsingAgain() throws IOException {
        Path dir = Path.of(System.getProperty("articleparser.devCorpus"));
        ArticleParser parser = ArticleParser.builder().build();
        int n = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Article once = parser.parse(f);
                assertEquals(once, parser.parse(TEXT.write(once)), f.toString());
                n++;
            }
        }
        assertTrue(n > 0, "no .txt files in " + dir);
    }
}
