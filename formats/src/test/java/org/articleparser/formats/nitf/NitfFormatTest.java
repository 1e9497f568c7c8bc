package org.articleparser.formats.nitf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.articleparser.core.Article;
import org.articleparser.core.Dateline;
import org.articleparser.core.Media;
import org.articleparser.formats.SeedArticles;
import org.articleparser.formats.internal.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * NITF output parsed again by the JDK's namespace-aware XML parser: well-formed, in the NITF
 * namespace, in the element order of the NITF 3.6 content model, with every text kept.
 */
class NitfFormatTest {

    private static final NitfFormat NITF = new NitfFormat();

    static List<Path> seeds() {
        return SeedArticles.texts();
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                assertEquals(NitfFormat.NAMESPACE, c.getNamespaceURI(), c.getTagName());
                out.add(c);
            }
        }
        return out;
    }

    static List<String> names(Element e) {
        return children(e).stream().map(Element::getLocalName).toList();
    }

    static Element child(Element e, String name) {
        return children(e).stream().filter(c -> c.getLocalName().equals(name)).findFirst().orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedIsWellFormedNitfWithItsText(Path seed) throws Exception {
        Article a = SeedArticles.parse(seed);
        StringBuilder sb = new StringBuilder();
        NITF.write(a, SeedArticles.source(seed), sb);
        Element nitf = parse(sb.toString()).getDocumentElement();
        assertEquals("nitf", nitf.getLocalName());
        assertEquals(NitfFormat.NAMESPACE, nitf.getNamespaceURI());
        assertEquals(NitfFormat.VERSION, nitf.getAttribute("version"));
        assertEquals(List.of("head", "body"), names(nitf));
        Element body = child(nitf, "body");
        Element content = child(body, "body.content");
        List<String> ps = children(content).stream().filter(c -> c.getLocalName().equals("p"))
                .map(Element::getTextContent).toList();
        assertEquals(a.paragraphs(), ps);
        assertEquals(a.media().size(), children(content).stream().filter(c -> c.getLocalName().equals("media")).count());
        if (a.headline() != null) {
            Element head = child(body, "body.head");
            assertEquals(a.headline(), child(child(head, "hedline"), "hl1").getTextContent());
        }
        if (a.dateline() != null) {
            Element dateline = child(child(body, "body.head"), "dateline");
            assertEquals(a.dateline().text(), dateline.getTextContent());
            if (a.dateline().location() != null) {
                assertEquals(a.dateline().location(), child(dateline, "location").getTextContent());
            }
        }
    }

    @Test
    void elementsComeInTheOrderOfTheNitfContentModel() throws Exception {
        Article a = Article.builder().kicker("World").headline("H").byline("By Jane Doe")
                .dateline(new Dateline("Seoul, Sep 17 (AP) —", "Seoul", "Sep 17", "AP"))
                .addMedia(Media.image("cap", "Photo: AP")).addMedia(Media.video("title", "03:46"))
                .addParagraph("First.").addRelated("Other").build();
        Element nitf = parse(NITF.write(a)).getDocumentElement();
        Element body = child(nitf, "body");
        assertEquals(List.of("body.head", "body.content"), names(body));
        // body.head: (hedline?, note*, rights?, byline*, distributor?, dateline*, abstract*, series?)
        assertEquals(List.of("hedline", "byline", "distributor", "dateline"), names(child(body, "body.head")));
        assertEquals(List.of("hl1", "hl2"), names(child(child(body, "body.head"), "hedline")));
        Element dateline = child(child(body, "body.head"), "dateline");
        assertEquals(List.of("location", "story.date"), names(dateline));
        Element content = child(body, "body.content");
        assertEquals(List.of("media", "media", "p", "hl2", "ul"), names(content));
        Element image = children(content).get(0);
        assertEquals("image", image.getAttribute("media-type"));
        // media: (media-metadata*, media-reference, media-object?, media-caption*, media-producer?)
        assertEquals(List.of("media-reference", "media-caption", "media-producer"), names(image));
        Element video = children(content).get(1);
        assertEquals(List.of("media-metadata", "media-reference", "media-caption"), names(video));
        assertEquals("226", child(video, "media-metadata").getAttribute("value"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('x')</script>", "Tom & Jerry &amp; co", "\"quoted\" 'single'",
        "]]> <![CDATA[ x", "<?pi?> <!-- c -->", "emoji 👍🏽 family 👨‍👩‍👧", "עברית and العربية \u202E",
        "ctrl\u0000\u0007\u001b\uFFFE chars", "line\nbreak", "lone \uD800 surrogate"})
    void hostileTextIsEscapedAndStaysWellFormed(String hostile) throws Exception {
        Article a = Article.builder().kicker(hostile).headline(hostile).byline(hostile)
                .dateline(new Dateline(hostile, hostile, null, hostile))
                .addMedia(Media.image(hostile, hostile)).addParagraph(hostile).addRelated(hostile).build();
        StringBuilder sb = new StringBuilder();
        NITF.write(a, hostile, sb);
        Document doc = parse(sb.toString());
        String expected = Texts.oneLine(hostile);
        Element body = child(doc.getDocumentElement(), "body");
        assertEquals(expected, child(child(child(body, "body.head"), "hedline"), "hl1").getTextContent());
        assertEquals(expected, child(child(body, "body.content"), "p").getTextContent());
        assertEquals(expected, child(child(body, "body.head"), "dateline").getTextContent());
        assertNotNull(child(child(child(body, "body.content"), "media"), "media-producer"));
        assertEquals(0, doc.getElementsByTagName("script").getLength());
    }
}
