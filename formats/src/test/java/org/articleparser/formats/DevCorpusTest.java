package org.articleparser.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.articleparser.core.Article;
import org.articleparser.core.ArticleFormats;
import org.articleparser.core.ArticleParser;
import org.articleparser.core.spi.ArticleFormat;
import org.articleparser.formats.json.JsonFormat;
import org.articleparser.formats.ninjs.NinjsFormat;
import org.articleparser.formats.nitf.NitfFormat;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Every format over a corpus of articles, opt-in: {@code -Darticleparser.devCorpus=DIR} runs it
 * over every {@code .txt} file under DIR (the corpus itself is never committed). JSON and ninjs
 * are validated against their schemas, JSON read back, NITF and HTML parsed again.
 */
@EnabledIfSystemProperty(named = "articleparser.devCorpus", matches = ".+")
class DevCorpusTest {

    @Test
    void everyFormatWritesEveryCorpusArticle() throws Exception {
        Path dir = Path.of(System.getProperty("articleparser.devCorpus"));
        Schema article = Schemas.load(JsonFormat.openSchema());
        Schema ninjs = Schemas.load("/iptc/ninjs-schema_3.1.json");
        JsonFormat json = JsonFormat.standard();
        ArticleParser parser = ArticleParser.builder().build();
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "no .txt files under " + dir);
        for (Path f : files) {
            Article a = parser.parse(f);
            String source = f.toString();
            for (ArticleFormat format : ArticleFormats.available()) {
                StringBuilder sb = new StringBuilder();
                format.write(a, source, sb);
                assertTrue(sb.length() > 0, format.name() + " " + f);
            }
            String j = write(json, a, source);
            assertEquals(List.of(), Schemas.errors(article, j), f.toString());
            assertEquals(a, json.read(new StringReader(j)).orElseThrow(), f.toString());
            assertEquals(List.of(), Schemas.errors(ninjs, write(new NinjsFormat(), a, source)), f.toString());
            xml.newDocumentBuilder().parse(new ByteArrayInputStream(
                    write(new NitfFormat(), a, source).getBytes(StandardCharsets.UTF_8)));
            String html = ArticleFormats.byName("html").orElseThrow().write(a);
            assertEquals(a.paragraphs().size(), Jsoup.parse(html).select("article > p").size(), f.toString());
        }
    }

    private static String write(ArticleFormat format, Article a, String source) throws IOException {
        StringBuilder sb = new StringBuilder();
        format.write(a, source, sb);
        return sb.toString();
    }
}
