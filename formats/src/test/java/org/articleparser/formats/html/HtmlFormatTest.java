package org.articleparser.formats.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.articleparser.core.Article;
import org.articleparser.core.Media;
import org.articleparser.formats.SeedArticles;
import org.articleparser.formats.internal.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML output, parsed again with jsoup. */
class HtmlFormatTest {

    private static final HtmlFormat HTML = new HtmlFormat();

    static List<Path> seeds() {
        return SeedArticles.texts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void reparsedDocumentKeepsTheTextAndLeavesOutBoilerplate(Path seed) {
        Article a = SeedArticles.parse(seed);
        Document doc = Jsoup.parse(HTML.write(a));
        if (a.headline() != null) {
            assertEquals(a.headline(), doc.selectFirst("article > header > h1").text());
            assertEquals(a.headline(), doc.title());
        }
        Elements ps = doc.select("article > p");
        assertEquals(a.paragraphs().size(), ps.size());
        for (int i = 0; i < ps.size(); i++) {
            Element p = ps.get(i);
            if (i == 0 && a.dateline() != null) {
                assertEquals(a.dateline().text(), p.selectFirst("span.dateline").text());
                p.selectFirst("span.dateline").remove();
            }
            assertEquals(a.paragraphs().get(i), p.text());
        }
        assertEquals(a.media().size(), doc.select("article > figure").size());
        assertEquals(a.related(), doc.select("aside.related li").eachText());
        String body = doc.body().text();
        for (String b : a.boilerplate()) {
            if (!body.contains(b)) {
                continue;
            }
            // a boilerplate line may repeat article text (a repeated title); it must not stand alone
            assertTrue(a.paragraphs().stream().anyMatch(p -> p.contains(b)) || a.related().contains(b)
                    || a.media().stream().anyMatch(m -> b.equals(m.caption()) || (m.caption() != null && m.caption().contains(b)))
                    || b.equals(a.headline()) || (a.headline() != null && a.headline().contains(b))
                    || a.related().stream().anyMatch(r -> r.contains(b)), b);
        }
    }

    @Property(tries = 500)
    void anyTextReadsBackAsThatText(@ForAll @StringLength(max = 60) String any) {
        Article a = Article.builder().headline(any).addParagraph(any).addRelated(any).build();
        Document doc = Jsoup.parse(HTML.write(a));
        String expected = Jsoup.parse("<p>" + org.jsoup.nodes.Entities.escape(Texts.oneLine(any)) + "</p>").selectFirst("p").text();
        assertEquals(expected, doc.selectFirst("h1").text());
        assertEquals(expected, doc.selectFirst("article > p").text());
        assertEquals(expected, doc.selectFirst("aside li").text());
        assertEquals(1, doc.select("article > p").size());
        assertTrue(doc.select("script, style, a, img").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('x')</script>", "Tom & Jerry &amp; co", "\"quoted\" 'single' `back`",
        "</p><p>injected", "<!-- comment -->", "emoji 👍🏽 family 👨‍👩‍👧", "עברית right-to-left and العربية \u202Eevil",
        "ctrl\u0000\u0007\u001b chars", "line\nbreak", "]]> <![CDATA[ x"})
    void hostileTextIsEscaped(String hostile) throws Exception {
        Article a = Article.builder().kicker(hostile).headline(hostile).byline(hostile)
                .addMedia(Media.image(hostile, hostile)).addParagraph(hostile).addRelated(hostile).build();
        StringBuilder sb = new StringBuilder();
        HTML.write(a, hostile, sb);
        String html = sb.toString();
        Document doc = Jsoup.parse(html);
        String expected = Texts.oneLine(hostile).strip();
        assertTrue(doc.select("script").isEmpty(), html);
        assertEquals(expected, doc.selectFirst("h1").text(), html);
        assertEquals(expected, doc.selectFirst("p.kicker").text(), html);
        assertEquals(1, doc.select("article > p").size(), html);
        assertEquals(expected, doc.selectFirst("article > p").text(), html);
        assertEquals(expected, doc.selectFirst("aside li").text(), html);
        assertEquals(expected, doc.selectFirst("small.credit").text(), html);
        assertFalse(html.contains("\u0000"), html);
        assertFalse(html.contains("\u0007"), html);
    }
}
